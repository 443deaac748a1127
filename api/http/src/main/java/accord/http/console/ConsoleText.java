package accord.http.console;

import accord.messages.agreement.OccurredOn;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Writes times for the pages ({@code ${@consoleText.recordedAt(instant)}}; Thymeleaf 3.1 lets
 * templates call beans, not static methods). Recording instants to the second, in UTC, the time
 * zone the ledger records in (the exact instant stays in {@code <time datetime>}); world dates at
 * their precision.
 */
@Component("consoleText")
public class ConsoleText {

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** @return the instant for a reader, or an em dash for none */
    public String recordedAt(Instant instant) {
        return instant == null ? "—" : READABLE.format(instant);
    }

    /** @return an event type as a title: TaskForceFormed reads "Task force formed" */
    public String eventTitle(String eventType) {
        return FactText.title(eventType);
    }

    /** @return the world date at its precision: 22 September 2025, September 2025 or 2025 */
    public String worldDate(OccurredOn date) {
        return FactText.of(date);
    }
}
