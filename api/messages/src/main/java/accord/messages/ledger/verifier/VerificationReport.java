package accord.messages.ledger.verifier;

import java.util.List;

/**
 * What {@link BundleVerifier} found, for people to read: what was checked, one line per event,
 * and a final {@code VERIFIED} or {@code NOT VERIFIED} line with the number of failures.
 *
 * @param verified true only when every check passed
 * @param lines the report, one line per element, without line breaks
 */
public record VerificationReport(boolean verified, List<String> lines) {

    /** Copies the lines. */
    public VerificationReport {
        if (lines == null) {
            throw new IllegalArgumentException("a report has lines");
        }
        lines = List.copyOf(lines);
    }

    /** @return the report as text, each line ending in a newline */
    public String text() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }
}
