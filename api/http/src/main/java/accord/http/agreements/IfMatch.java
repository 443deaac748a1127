package accord.http.agreements;

import accord.http.problems.FieldProblem;
import accord.http.problems.InvalidRequest;
import accord.http.problems.RequestProblem;
import accord.messages.recording.CommandMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a command's {@code If-Match} header (RFC 9110 §13.1.1) into the version the command expects:
 * {@code *} (the agreement must exist) or one strong ETag of a version, {@code "3"}, as every answer
 * gives it. Anything else (a weak ETag, a list, a tag Accord never issued) is refused as
 * {@link RequestProblem#INVALID_IF_MATCH}: it could never match, and saying so helps more than a 412.
 */
public final class IfMatch {

    /** The request header. */
    public static final String HEADER = "If-Match";

    private static final Pattern VERSION = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    private IfMatch() {
    }

    /**
     * @param values every {@code If-Match} header line of the request, in order
     * @return the {@link CommandMetadata#EXPECTED_VERSION} value: {@code *} or the version as decimal
     *     text; null when the request sets no condition
     * @throws InvalidRequest when the header is not {@code *} or one version's strong ETag
     */
    public static String expectedVersion(List<String> values) {
        List<String> tags = new ArrayList<>();
        for (String value : values) {
            for (String tag : value.split(",", -1)) {
                tags.add(tag.strip());
            }
        }
        if (tags.isEmpty()) {
            return null;
        }
        if (tags.size() == 1) {
            String tag = tags.get(0);
            if (CommandMetadata.ANY_VERSION.equals(tag)) {
                return CommandMetadata.ANY_VERSION;
            }
            Matcher version = VERSION.matcher(tag);
            if (version.matches()) {
                return version.group(1);
            }
        }
        String message = "must be * or one version's ETag as answers give it, for example \"3\"";
        throw new InvalidRequest(RequestProblem.INVALID_IF_MATCH, "The If-Match header " + message
                + " (strong, quoted, one version).", List.of(new FieldProblem(HEADER, RequestProblem.INVALID_IF_MATCH.name(), message)));
    }
}
