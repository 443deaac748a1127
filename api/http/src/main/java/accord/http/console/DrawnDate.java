package accord.http.console;

import accord.messages.agreement.OccurredOn;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A world date as the timeline draws it: at its precision. A year strip of twelve months is drawn
 * for every date; a date known to the year fills the strip, one known to the month fills its month,
 * one known to the day marks its day inside its month. Nothing is drawn more precisely than it is
 * known.
 *
 * @param iso the date as written, for {@code <time datetime>}: 2025-09-22, 2025-09 or 2025
 * @param label the date for a reader: 22 September 2025, September 2025 or 2025
 * @param precision the precision in words: day, month or year
 * @param year the year the strip stands for
 * @param months the twelve months of the strip
 */
public record DrawnDate(String iso, String label, String precision, int year, List<MonthCell> months) {

    /**
     * One month of a year strip.
     *
     * @param name the month's short name
     * @param filled whether the date may lie anywhere in this month (a year or month date)
     * @param dayAt for a day date in this month, where its day lies, in percent of the month; else null
     */
    public record MonthCell(String name, boolean filled, Integer dayAt) {
    }

    /** @return the date drawn at its precision, or null for a date that is missing or not real */
    static DrawnDate of(OccurredOn date) {
        if (date == null || date.problem().isPresent()) {
            return null;
        }
        LocalDate first = date.earliest();
        List<MonthCell> months = new ArrayList<>(12);
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            boolean inMonth = month == first.getMonth();
            months.add(switch (date.precision()) {
                case YEAR -> new MonthCell(name, true, null);
                case MONTH -> new MonthCell(name, inMonth, null);
                case DAY -> new MonthCell(name, false,
                        inMonth ? (first.getDayOfMonth() - 1) * 100 / first.lengthOfMonth() : null);
            });
        }
        String month = first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String label = switch (date.precision()) {
            case YEAR -> Integer.toString(first.getYear());
            case MONTH -> month + " " + first.getYear();
            case DAY -> first.getDayOfMonth() + " " + month + " " + first.getYear();
        };
        return new DrawnDate(date.date(), label, date.precision().name().toLowerCase(Locale.ROOT), first.getYear(),
                months);
    }
}
