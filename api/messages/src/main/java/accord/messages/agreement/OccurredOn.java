package accord.messages.agreement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/**
 * When something happened in the world (valid time), with the precision the source gives.
 * The date is written at its precision: {@code 2025-09-22} for DAY, {@code 2025-09} for MONTH,
 * {@code 2025} for YEAR. This is distinct from when the fact was recorded (the event's
 * timestamp).
 *
 * <p>Like every event field it never validates on construction; {@link #problem()} says what is
 * wrong with a value that came from outside.
 *
 * @param date the date written at its precision
 * @param precision how precisely the date is known
 */
public record OccurredOn(String date, DatePrecision precision) {

    /** @return a date known to the day */
    public static OccurredOn day(int year, int month, int day) {
        return new OccurredOn(LocalDate.of(year, month, day).toString(), DatePrecision.DAY);
    }

    /** @return a date known to the month */
    public static OccurredOn month(int year, int month) {
        return new OccurredOn(YearMonth.of(year, month).toString(), DatePrecision.MONTH);
    }

    /** @return a date known to the year */
    public static OccurredOn year(int year) {
        return new OccurredOn(Year.of(year).toString(), DatePrecision.YEAR);
    }

    /** @return a sentence saying what is wrong with this value, or empty when it is a real date at its precision */
    public Optional<String> problem() {
        if (date == null || date.isBlank()) {
            return Optional.of("the date is missing; write it as 2025-09-22, 2025-09 or 2025");
        }
        if (precision == null) {
            return Optional.of("the precision is missing; it is DAY, MONTH or YEAR");
        }
        if (!precision.matches(date)) {
            DatePrecision written = DatePrecision.of(date);
            return Optional.of(written == null
                    ? "'" + date + "' is not a date; write it as 2025-09-22, 2025-09 or 2025"
                    : "'" + date + "' is written at " + written + " precision but the precision says " + precision);
        }
        try {
            earliest();
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("'" + date + "' is not a real date");
        }
    }

    /** @return the first day this date can stand for; only for a value without a {@link #problem()} */
    public LocalDate earliest() {
        return switch (precision) {
            case DAY -> LocalDate.parse(date);
            case MONTH -> YearMonth.parse(date).atDay(1);
            case YEAR -> Year.parse(date).atDay(1);
        };
    }

    /** @return the last day this date can stand for; only for a value without a {@link #problem()} */
    public LocalDate latest() {
        return switch (precision) {
            case DAY -> LocalDate.parse(date);
            case MONTH -> YearMonth.parse(date).atEndOfMonth();
            case YEAR -> Year.parse(date).atMonth(12).atEndOfMonth();
        };
    }

    /**
     * @return true when this date certainly lies before the other: every day it can stand for is
     *     earlier than every day the other can stand for. {@code 2025-09} is not before
     *     {@code 2025-09-22}, because the month contains that day.
     */
    public boolean isCertainlyBefore(OccurredOn other) {
        return latest().isBefore(other.earliest());
    }
}
