package accord.messages.ledger;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme (RFC 8785): one byte sequence per JSON value, so a leaf hashes
 * the same in every implementation. Members are sorted by their names' UTF-16 code units, strings
 * are escaped only where JSON requires, and numbers are IEEE 754 doubles written as ECMAScript's
 * {@code Number.prototype.toString} writes them.
 */
public final class CanonicalJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /**
     * @param value a value as {@link Json#parse(String)} returns it, or any {@code Map<String, ?>},
     *     {@code List<?>}, {@link String}, {@link Boolean}, null, or {@link Integer}, {@link Long},
     *     {@link Double}, {@link BigDecimal} (or another {@link Number}) number
     * @return its canonical JSON text
     * @throws IllegalArgumentException for NaN, infinities (including numbers too large for a
     *     double), lone surrogates, non-string member names or values that are not JSON
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(1024);
        write(value, out);
        return out.toString();
    }

    /**
     * @param value as for {@link #write(Object)}
     * @return its canonical JSON text encoded as UTF-8: the bytes that are hashed
     */
    public static byte[] bytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param json any JSON text {@link Json#parse(String)} accepts
     * @return the canonical form of the same value
     */
    public static String canonicalize(String json) {
        return write(Json.parse(json));
    }

    static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof String s) {
            writeString(s, out);
        } else if (value instanceof BigDecimal decimal && decimal.scale() == 0 && decimal.unscaledValue().bitLength() < 53) {
            // A whole number below 2^53, as parsed JSON mostly holds: its digits are its canonical form.
            out.append(decimal.unscaledValue().longValue());
        } else if (value instanceof Number n) {
            out.append(number(toDouble(n)));
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out) {
        List<String> names = new ArrayList<>(map.size());
        for (Object name : map.keySet()) {
            if (!(name instanceof String s)) {
                throw new IllegalArgumentException("a JSON member name must be a string, not " + name);
            }
            names.add(s);
        }
        // String.compareTo compares UTF-16 code units, exactly the order RFC 8785 §3.2.3 asks for.
        names.sort(String::compareTo);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(names.get(i), out);
            out.append(':');
            write(map.get(names.get(i)), out);
        }
        out.append('}');
    }

    /** Writes a string as RFC 8785 §3.2.2.2 (and ECMAScript's JSON.stringify) does. */
    static void writeString(String s, StringBuilder out) {
        out.append('"');
        if (plain(s)) {
            out.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("a lone surrogate at index " + i + " cannot be encoded as UTF-8");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** @return true when no character of the string needs escaping or surrogate checks */
    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static double toDouble(Number n) {
        double d;
        if (n instanceof BigDecimal decimal) {
            d = decimal.doubleValue();
        } else if (n instanceof BigInteger integer) {
            d = integer.doubleValue();
        } else {
            d = n.doubleValue();
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JSON has no number for " + n);
        }
        return d;
    }

    /** ECMAScript Number::toString (ECMA-262 §6.1.6.1.20) for a finite double. */
    static String number(double d) {
        if (d == 0) {
            return "0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 0x1p53) {
            // An integer below 2^53 is its own shortest form: ECMAScript prints its digits, as Long does.
            return Long.toString((long) d);
        }
        BigDecimal shortest = shortestDigits(Math.abs(d)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int exponent = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return out.toString();
    }

    /**
     * The fewest significant digits that read back as {@code d}, closest to {@code d} when several
     * do. Java 17's {@link Double#toString(double)} sometimes gives more digits than needed, so
     * the digits are searched directly from the exact value of the double.
     */
    private static BigDecimal shortestDigits(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (readsBackAs(nearest, d)) {
                return nearest;
            }
            // Just below a power of two the gap to the next double halves, so the nearest
            // candidate can miss while the one on the other side still reads back.
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal other = exact.round(new MathContext(precision, mode));
                if (readsBackAs(other, d)) {
                    return other;
                }
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    private static boolean readsBackAs(BigDecimal candidate, double d) {
        return Double.parseDouble(candidate.toString()) == d;
    }
}
