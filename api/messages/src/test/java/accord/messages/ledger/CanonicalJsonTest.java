package accord.messages.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values are RFC 8785's own examples, checked by printing them with node's
 * JSON.stringify (ECMAScript number formatting) and key sorting outside the project.
 */
class CanonicalJsonTest {

    /** RFC 8785 Appendix B: IEEE 754 bits and their canonical text. */
    @ParameterizedTest
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2",
    })
    void writesTheNumbersOfRfc8785AppendixB(String bits, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertThat(CanonicalJson.write(value)).isEqualTo(expected);
        assertThat(CanonicalJson.write(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void writesDoublesAsEcmaScriptDoes() throws IOException {
        int checked = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("ecmascript-numbers.txt"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" ");
                double value = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
                assertThat(CanonicalJson.write(value)).as(parts[0]).isEqualTo(parts[1]);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(4000);
    }

    @Test
    void writesNumbersWhereJavaDoubleToStringUsesTooManyDigits() {
        // Java 17 prints 2.0E-3 as "0.0020" and 1.0E23 as "1.0E23"; ECMAScript as below.
        assertThat(CanonicalJson.write(2.0e-3)).isEqualTo("0.002");
        assertThat(CanonicalJson.write(1.0e23)).isEqualTo("1e+23");
        assertThat(CanonicalJson.write(5e-324)).isEqualTo("5e-324");
    }

    @Test
    void writesIntegersAndDecimalsAsDoubles() {
        assertThat(CanonicalJson.write(List.of(1, 100L, -0.0, 1e21, 1e20, 1.5e-7, 1e-6, new BigDecimal("4.50"),
                new BigDecimal("1E30"), new BigInteger("123"), 9007199254740993L)))
                .isEqualTo("[1,100,0,1e+21,100000000000000000000,1.5e-7,0.000001,4.5,1e+30,123,9007199254740992]");
    }

    @Test
    void refusesNumbersJsonCannotHold() {
        for (Object number : List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, new BigDecimal("1e400"))) {
            assertThatThrownBy(() -> CanonicalJson.write(number)).as("%s", number).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void canonicalizesTheExampleOfRfc8785() {
        String input = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}";
        assertThat(CanonicalJson.canonicalize(input)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void sortsMembersByUtf16CodeUnitsAsRfc8785Does() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("\u20ac", "Euro Sign");
        map.put("\r", "Carriage Return");
        map.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        map.put("1", "One");
        map.put("\ud83d\ude00", "Emoji: Grinning Face");
        map.put("\u0080", "Control");
        map.put("\u00f6", "Latin Small Letter O With Diaeresis");
        // The emoji (surrogates D83D DE00) sorts before U+FB33 by code units, though not by code points.
        assertThat(CanonicalJson.write(map)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void escapesOnlyWhatJsonRequires() {
        assertThat(CanonicalJson.write("\u0000\u0001\b\t\n\u000b\f\r\u000e\u001f \"\\/\u007f\u2028\ud83d\ude00"))
                .isEqualTo("\"\\u0000\\u0001\\b\\t\\n\\u000b\\f\\r\\u000e\\u001f \\\"\\\\/\u007f\u2028\ud83d\ude00\"");
    }

    @Test
    void writesNonAsciiAsUtf8Bytes() {
        assertThat(CanonicalJson.bytes("\u00e9\ud83d\ude00")).containsExactly(
                '"', 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80, '"');
    }

    @Test
    void refusesLoneSurrogatesAndNonStringNames() {
        assertThatThrownBy(() -> CanonicalJson.write("a\ud800")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write("\udc00a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(Map.of(1, 2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void canonicalizesNestedStructures() {
        assertThat(CanonicalJson.canonicalize("{ \"b\" : [ 1 , { \"z\" : 1 , \"a\" : [ { \"y\" : 2 , \"x\" : 1 } ] } , \"x\" ] , \"a\" : { } }"))
                .isEqualTo("{\"a\":{},\"b\":[1,{\"a\":[{\"x\":1,\"y\":2}],\"z\":1},\"x\"]}");
    }

    @Test
    void canonicalFormIsAFixedPoint() {
        for (String sample : List.of("{\"b\":[1.0,2e-9,{\"d\":null}],\"a\":\"\\u00e9\"}", "[-0,1E300,0.1e1]")) {
            String once = CanonicalJson.canonicalize(sample);
            assertThat(CanonicalJson.canonicalize(once)).isEqualTo(once);
        }
    }
}
