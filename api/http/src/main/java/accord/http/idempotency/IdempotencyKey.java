package accord.http.idempotency;

import java.util.List;

/**
 * Reads the {@code Idempotency-Key} header. The draft defines it as a Structured Field String
 * (RFC 8941: quoted, {@code \"} and {@code \\} escaped); many clients send the bare key, so both are
 * read, and {@code "abc"} and {@code abc} are the same key. A key is 1 to 255 printable ASCII
 * characters (space to tilde).
 */
public final class IdempotencyKey {

    /** The request header. */
    public static final String HEADER = "Idempotency-Key";

    static final int MAX_LENGTH = 255;

    private IdempotencyKey() {
    }

    /**
     * @param values every {@code Idempotency-Key} header line of the request
     * @return the key, or null when the request has none
     * @throws IdempotencyRefused {@link IdempotencyProblem#INVALID_IDEMPOTENCY_KEY} when it is not one valid key
     */
    public static String parse(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw invalid("Send one Idempotency-Key header, not " + values.size() + ".");
        }
        String value = values.get(0).strip();
        String key = value.startsWith("\"") ? unquote(value) : value;
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            throw invalid("The Idempotency-Key must have 1 to " + MAX_LENGTH + " characters; it has " + key.length() + ".");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw invalid("The Idempotency-Key must be printable ASCII; a UUID is a good key.");
            }
        }
        return key;
    }

    private static String unquote(String value) {
        StringBuilder key = new StringBuilder();
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                if (i + 1 >= value.length() || (value.charAt(i + 1) != '"' && value.charAt(i + 1) != '\\')) {
                    throw invalid("The quoted Idempotency-Key escapes something other than \\\" or \\\\.");
                }
                key.append(value.charAt(++i));
            } else if (c == '"') {
                if (i != value.length() - 1) {
                    throw invalid("The quoted Idempotency-Key has something after its closing quote.");
                }
                return key.toString();
            } else {
                key.append(c);
            }
        }
        throw invalid("The quoted Idempotency-Key has no closing quote.");
    }

    private static IdempotencyRefused invalid(String detail) {
        return new IdempotencyRefused(IdempotencyProblem.INVALID_IDEMPOTENCY_KEY, detail);
    }
}
