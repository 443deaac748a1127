package accord.messages.ledger;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON parser, and a writer for people to read. A verifier must refuse what a
 * lenient parser would silently repair, so this accepts nothing beyond the grammar: no comments,
 * no trailing commas or content, no leading zeros, no raw control characters, no lone surrogates,
 * no duplicate member names, no byte-order mark.
 *
 * <p>Values come back as {@code Map<String, Object>} ({@link LinkedHashMap}, in document order),
 * {@code List<Object>}, {@link String}, {@link BigDecimal}, {@link Boolean}, or {@code null}.
 */
public final class Json {

    /** Deeper nesting is refused rather than risking the stack; ledger documents nest a few levels. */
    static final int MAX_DEPTH = 256;

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /**
     * @param text one JSON value, optionally surrounded by whitespace
     * @return the value
     * @throws JsonException when the text is not exactly one valid JSON value
     */
    public static Object parse(String text) {
        Json parser = new Json(text);
        parser.skipWhitespace();
        Object value = parser.value(0);
        parser.skipWhitespace();
        if (parser.at != text.length()) {
            throw parser.fault("unexpected content after the JSON value");
        }
        return value;
    }

    /**
     * @param utf8 one JSON value encoded as UTF-8
     * @return the value
     * @throws JsonException when the bytes are not well-formed UTF-8 or not exactly one valid JSON value
     */
    public static Object parse(byte[] utf8) {
        return parse(decode(utf8));
    }

    /**
     * @param value a value as {@link #parse(String)} returns it, or any {@code Map<String, ?>},
     *     {@code List<?>}, {@link Number}, {@link String}, {@link Boolean} or null
     * @return the value as JSON indented by two spaces, members in the map's order, for people to read
     */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static String decode(byte[] utf8) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(utf8);
        CharBuffer out = CharBuffer.allocate(utf8.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new JsonException("malformed UTF-8", in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private Object value(int depth) {
        if (at >= text.length()) {
            throw fault("a value is missing");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return string();
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw fault("unexpected character '" + printable(c) + "'");
        }
    }

    private Map<String, Object> object(int depth) {
        requireDepth(depth);
        at++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw fault("a member name (a string) is expected");
            }
            int nameAt = at;
            String name = string();
            if (members.containsKey(name)) {
                throw new JsonException("duplicate member name \"" + name + "\"", nameAt);
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            members.put(name, value(depth));
            skipWhitespace();
            char next = peek();
            at++;
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                at--;
                throw fault("',' or '}' is expected");
            }
        }
    }

    private List<Object> array(int depth) {
        requireDepth(depth);
        at++;
        List<Object> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            at++;
            return elements;
        }
        while (true) {
            skipWhitespace();
            elements.add(value(depth));
            skipWhitespace();
            char next = peek();
            at++;
            if (next == ']') {
                return elements;
            }
            if (next != ',') {
                at--;
                throw fault("',' or ']' is expected");
            }
        }
    }

    private String string() {
        at++;
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                // Nothing to unescape or check: the common case, taken as it stands.
                return text.substring(start, at++);
            }
            if (c < 0x20 || c == '\\' || Character.isSurrogate(c)) {
                break;
            }
            at++;
        }
        StringBuilder out = new StringBuilder(text.length() - start);
        out.append(text, start, at);
        while (true) {
            if (at >= text.length()) {
                throw fault("the string is not closed");
            }
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                return out.toString();
            }
            if (c < 0x20) {
                throw fault("a control character must be escaped in a string");
            }
            if (c == '\\') {
                escape(out);
            } else if (Character.isSurrogate(c)) {
                surrogatePair(out, c);
            } else {
                out.append(c);
                at++;
            }
        }
    }

    /** Reads a raw or escaped surrogate pair; half a pair is no character and cannot be encoded. */
    private void surrogatePair(StringBuilder out, char high) {
        int start = at;
        at++;
        char low = 0;
        if (at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
            low = text.charAt(at);
            at++;
        }
        if (!Character.isHighSurrogate(high) || low == 0) {
            at = start;
            throw fault("a lone surrogate is not a character");
        }
        out.append(high).append(low);
    }

    private void escape(StringBuilder out) {
        int start = at;
        at++;
        char c = peek();
        at++;
        switch (c) {
            case '"' -> out.append('"');
            case '\\' -> out.append('\\');
            case '/' -> out.append('/');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                char unit = hex4();
                if (Character.isHighSurrogate(unit) && text.startsWith("\\u", at)) {
                    int lowAt = at;
                    at += 2;
                    char low = hex4();
                    if (!Character.isLowSurrogate(low)) {
                        at = lowAt;
                        throw fault("a high surrogate escape must be followed by a low surrogate escape");
                    }
                    out.append(unit).append(low);
                } else if (Character.isSurrogate(unit)) {
                    at = start;
                    throw fault("a lone surrogate is not a character");
                } else {
                    out.append(unit);
                }
            }
            default -> {
                at = start;
                throw fault("unknown escape");
            }
        }
    }

    private char hex4() {
        if (at + 4 > text.length()) {
            throw fault("four hex digits are expected");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at), 16);
            if (digit < 0 || text.charAt(at) > 'f') {
                throw fault("a hex digit is expected");
            }
            value = value * 16 + digit;
            at++;
        }
        return (char) value;
    }

    private BigDecimal number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
            if (isDigit(peek())) {
                throw fault("a number must not have a leading zero");
            }
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw fault("a digit is expected");
        }
        if (peek() == '.') {
            at++;
            if (!isDigit(peek())) {
                throw fault("a digit is expected after the decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!isDigit(peek())) {
                throw fault("a digit is expected in the exponent");
            }
            digits();
        }
        try {
            return new BigDecimal(text.substring(start, at));
        } catch (NumberFormatException e) {
            at = start;
            throw fault("the number's exponent is too large");
        }
    }

    private void digits() {
        while (isDigit(peek())) {
            at++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void literal(String word) {
        if (!text.startsWith(word, at)) {
            throw fault("unexpected word; only true, false and null are literals");
        }
        at += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw fault("'" + c + "' is expected");
        }
        at++;
    }

    /** @return the current character, or U+0000 at the end (never valid where a peek decides) */
    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipWhitespace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private void requireDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw fault("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private JsonException fault(String message) {
        if (at >= text.length()) {
            return new JsonException(message + " (the text ended)", at);
        }
        return new JsonException(message, at);
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            String inner = indent + "  ";
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!(member.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("a JSON member name must be a string, not " + member.getKey());
                }
                out.append(inner);
                CanonicalJson.writeString(name, out);
                out.append(": ");
                write(member.getValue(), out, inner);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            String inner = indent + "  ";
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                out.append(inner);
                write(list.get(i), out, inner);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (value instanceof BigDecimal decimal) {
            // Exact, unlike the canonical form, so a person sees the number as it was written.
            out.append(decimal.toString());
        } else {
            CanonicalJson.write(value, out);
        }
    }
}
