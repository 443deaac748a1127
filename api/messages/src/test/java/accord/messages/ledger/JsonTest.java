package accord.messages.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void parsesEveryKindOfValue() {
        Object value = Json.parse(" {\"a\": [1, -2.50, 3e2, true, false, null, \"x\\u00e9\\ud83d\\ude00\\n\"], \"b\": {}}\r\n");
        assertThat(value).isInstanceOf(LinkedHashMap.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(new ArrayList<Object>(map.keySet())).containsExactly("a", "b");
        assertThat(new ArrayList<Object>((List<?>) map.get("a"))).containsExactly(new BigDecimal("1"), new BigDecimal("-2.50"),
                new BigDecimal("3e2"), true, false, null, "x\u00e9\ud83d\ude00\n");
        assertThat(map.get("b")).isEqualTo(Map.of());
    }

    @Test
    void keepsMembersInDocumentOrder() {
        assertThat(new ArrayList<Object>(((Map<?, ?>) Json.parse("{\"z\":1,\"a\":2,\"m\":3}")).keySet())).containsExactly("z", "a", "m");
    }

    @Test
    void readsScalarsAtTopLevel() {
        assertThat(Json.parse("\"s\"")).isEqualTo("s");
        assertThat(Json.parse("0")).isEqualTo(new BigDecimal("0"));
        assertThat(Json.parse("-0.0e-0")).isEqualTo(new BigDecimal("-0.0e-0"));
        assertThat(Json.parse("null")).isNull();
        assertThat(Json.parse("\"\\/\\b\\f\\r\\t\\\"\\\\\"")).isEqualTo("/\b\f\r\t\"\\");
    }

    @Test
    void readsUtf8Bytes() {
        assertThat(Json.parse("[\"d\u00e9j\u00e0 \ud83d\ude00\"]".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(List.of("d\u00e9j\u00e0 \ud83d\ude00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "{", "}", "[", "]", "[1,]", "[,1]", "{\"a\":1,}", "{,}", "{\"a\" 1}", "{\"a\":}", "{a:1}",
        "{'a':1}", "['a']", "[1 2]", "{\"a\":1 \"b\":2}", "01", "-01", "00", "1.", ".1", "-", "+1", "1e", "1e+",
        "1.e3", "0x10", "NaN", "Infinity", "-Infinity", "tru", "True", "nul", "nulls", "1 2", "{} {}", "[]]",
        "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\u12g4\"", "\"\\U0041\"", "\"\\ud800\"", "\"\\udc00\"",
        "\"\\ud800\\u0041\"", "\"\\ud800x\"", "\"\t\"", "\"\n\"", "\"\u0000\"", "\"\u001f\"", "\"\ud800\"",
        "\"\udc00\ud800\"", "[1]//", "/* */1", "\ufeff{}", "\u00a0[]", "[1e99999999999]", "\"\\u\u0661\u0661\u0661\u0661\"",
    })
    void rejectsMalformedJson(String text) {
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(JsonException.class).hasMessageContaining("at offset");
    }

    @Test
    void rejectsDuplicateMemberNamesAndSaysWhere() {
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\"b\":{\"c\":1,\"c\":2}}"))
                .isInstanceOf(JsonException.class)
                .hasMessageContaining("duplicate member name \"c\"")
                .extracting(e -> ((JsonException) e).offset()).isEqualTo(18L);
        assertThatThrownBy(() -> Json.parse("{\"a\":1,\"\\u0061\":2}")).isInstanceOf(JsonException.class);
    }

    @Test
    void rejectsTrailingContentAtItsOffset() {
        assertThatThrownBy(() -> Json.parse("{} x")).isInstanceOf(JsonException.class)
                .extracting(e -> ((JsonException) e).offset()).isEqualTo(3L);
    }

    @Test
    void rejectsMalformedUtf8() {
        for (byte[] bytes : List.of(new byte[] {'"', (byte) 0xc3, '"'}, new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'},
                new byte[] {'"', (byte) 0xc0, (byte) 0xaf, '"'}, new byte[] {'"', (byte) 0xff, '"'})) {
            assertThatThrownBy(() -> Json.parse(bytes)).as(Arrays.toString(bytes)).isInstanceOf(JsonException.class);
        }
    }

    @Test
    void refusesNestingDeeperThanItsLimit() {
        String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
        String allowed = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
        assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(JsonException.class);
        assertThat(Json.parse(allowed)).isInstanceOf(List.class);
    }

    @Test
    void prettyOutputReadsBackAsTheSameValue() {
        String text = "{\"format\":\"x\",\"n\":[1.50,1E+3,-7],\"o\":{\"e\":{},\"l\":[],\"s\":\"a\\\"\\n\u00e9\"},\"t\":true,\"z\":null}";
        Object value = Json.parse(text);
        String pretty = Json.pretty(value);
        assertThat(Json.parse(pretty)).isEqualTo(value);
        assertThat(pretty).startsWith("{\n  \"format\": \"x\",\n  \"n\": [\n    1.50,\n");
    }
}
