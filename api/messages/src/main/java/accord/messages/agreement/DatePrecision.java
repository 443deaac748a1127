package accord.messages.agreement;

import java.util.regex.Pattern;

/**
 * How precisely a world date is known. News often dates a fact only to a month; the date is
 * then written at that precision: {@code 2025-09-22} (DAY), {@code 2025-09} (MONTH),
 * {@code 2025} (YEAR).
 */
public enum DatePrecision {
    /** Known to the day: {@code yyyy-MM-dd}. */
    DAY("\\d{4}-\\d{2}-\\d{2}"),
    /** Known to the month: {@code yyyy-MM}. */
    MONTH("\\d{4}-\\d{2}"),
    /** Known to the year: {@code yyyy}. */
    YEAR("\\d{4}");

    private final Pattern format;

    DatePrecision(String format) {
        this.format = Pattern.compile(format);
    }

    /** @return true when the text is written in this precision's format (not checked for a real date) */
    public boolean matches(String text) {
        return text != null && format.matcher(text).matches();
    }

    /** @return the precision whose format the text is written in, or null when it is in none */
    public static DatePrecision of(String text) {
        for (DatePrecision precision : values()) {
            if (precision.matches(text)) {
                return precision;
            }
        }
        return null;
    }
}
