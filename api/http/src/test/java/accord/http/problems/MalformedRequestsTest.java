package accord.http.problems;

import static accord.http.agreements.Clerks.asClerk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import accord.http.agreements.AgreementsApiSlice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A table of malformed and invalid bodies: each is answered 400 with a problem naming the wrong
 * field, and none with a 500.
 */
@AgreementsApiSlice
class MalformedRequestsTest {

    private static final String SIGN_MOU = "/agreements/kr-blackrock-ai-datacentre-mou/sign-mou";
    private static final String CAPACITY = "/agreements/kr-blackrock-ai-datacentre-mou/announce-capacity";
    private static final String CORRECT = "/agreements/kr-blackrock-ai-datacentre-mou/correct-record";
    private static final String VALID_SIGN_MOU = "{\"occurredOn\": {\"date\": \"2025-09-22\", \"precision\": \"DAY\"},"
            + " \"signatories\": [{\"name\": \"Lee Jae Myung\", \"title\": \"President\", \"party\": \"KR\"}],"
            + " \"sources\": [{\"publisher\": \"Yonhap\", \"title\": \"An MoU\", \"url\": \"https://example.org/a\","
            + " \"publishedOn\": \"2025-09-23\", \"language\": \"en\"}]}";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    static Stream<Arguments> malformedBodies() {
        return Stream.of(
                Arguments.of(SIGN_MOU, "", "MALFORMED_JSON", null),
                Arguments.of(SIGN_MOU, "{", "MALFORMED_JSON", null),
                Arguments.of(SIGN_MOU, "{\"title\": \"a\",}", "MALFORMED_JSON", null),
                Arguments.of(SIGN_MOU, "[]", "MALFORMED_JSON", null),
                Arguments.of(SIGN_MOU, "\"sign it\"", "MALFORMED_JSON", null),
                Arguments.of(SIGN_MOU, "null", "MALFORMED_JSON", null),
                Arguments.of(SIGN_MOU, "{} {}", "MALFORMED_JSON", null),
                Arguments.of(SIGN_MOU, "{\"title\": \"a\", \"title\": \"b\"}", "MALFORMED_JSON", null),
                Arguments.of(SIGN_MOU, "{\"titel\": \"a\"}", "VALIDATION_FAILED", "titel"),
                Arguments.of(SIGN_MOU, "{\"parties\": [{\"code\": \"KR\", \"flag\": \"x\"}]}", "VALIDATION_FAILED",
                        "parties[0].flag"),
                Arguments.of(SIGN_MOU, "{\"termYears\": \"ten\"}", "VALIDATION_FAILED", "termYears"),
                Arguments.of(SIGN_MOU, "{\"termYears\": \"10\"}", "VALIDATION_FAILED", "termYears"),
                Arguments.of(SIGN_MOU, "{\"termYears\": 1.5}", "VALIDATION_FAILED", "termYears"),
                Arguments.of(SIGN_MOU, "{\"termYears\": 99999999999999999999}", "VALIDATION_FAILED", "termYears"),
                Arguments.of(SIGN_MOU, "{\"termYears\": 1" + "0".repeat(2000) + "}", null, null),
                Arguments.of(SIGN_MOU, "{\"title\": 5}", "VALIDATION_FAILED", "title"),
                Arguments.of(SIGN_MOU, "{\"title\": true}", "VALIDATION_FAILED", "title"),
                Arguments.of(SIGN_MOU, "{\"title\": {\"en\": \"a\"}}", "VALIDATION_FAILED", "title"),
                Arguments.of(SIGN_MOU, "{\"parties\": \"KR\"}", "VALIDATION_FAILED", "parties"),
                Arguments.of(SIGN_MOU, "{\"parties\": [{\"kind\": \"PLANET\"}]}", "VALIDATION_FAILED", "parties[0].kind"),
                Arguments.of(SIGN_MOU, "{\"parties\": [{\"kind\": 0}]}", "VALIDATION_FAILED", "parties[0].kind"),
                Arguments.of(SIGN_MOU, "{\"parties\": [{\"kind\": \"state\"}]}", "VALIDATION_FAILED", "parties[0].kind"),
                Arguments.of(SIGN_MOU, "{\"occurredOn\": \"2025-09-22\"}", "VALIDATION_FAILED", "occurredOn"),
                Arguments.of(SIGN_MOU, "{\"occurredOn\": {\"date\": \"2025-09-22\", \"precision\": \"DAYS\"}}",
                        "VALIDATION_FAILED", "occurredOn.precision"),
                Arguments.of(SIGN_MOU, "{\"parties\": [null]}", "VALIDATION_FAILED", "parties[0]"),
                Arguments.of(SIGN_MOU, "{\"objectives\": [\"a\", null]}", "VALIDATION_FAILED", "objectives[1]"),
                Arguments.of(SIGN_MOU, "{\"occurredOn\": {\"date\": \"2025-13-01\", \"precision\": \"DAY\"}}",
                        "VALIDATION_FAILED", "occurredOn"),
                Arguments.of(SIGN_MOU, "{\"occurredOn\": {\"date\": \"2025-09\", \"precision\": \"DAY\"}}",
                        "VALIDATION_FAILED", "occurredOn"),
                Arguments.of(SIGN_MOU, "{\"occurredOn\": {\"date\": \"${7*7}{x}\", \"precision\": \"DAY\"}}",
                        "VALIDATION_FAILED", "occurredOn"),
                Arguments.of(SIGN_MOU, "{\"parties\": [{\"code\": \"XX\", \"kind\": \"STATE\", \"name\": \"n\"}]}",
                        "VALIDATION_FAILED", "parties[0].code"),
                Arguments.of(SIGN_MOU, "{\"signatories\": [{\"name\": \"x\", \"title\": \"y\", \"party\": \"kr\"}]}",
                        "VALIDATION_FAILED", "signatories[0].party"),
                Arguments.of(SIGN_MOU, "{\"sources\": [{\"url\": \"ftp://example.org/x\"}]}", "VALIDATION_FAILED",
                        "sources[0].url"),
                Arguments.of(SIGN_MOU, "{\"sources\": [{\"language\": \"xx\"}]}", "VALIDATION_FAILED",
                        "sources[0].language"),
                Arguments.of(SIGN_MOU, "{\"sources\": [{\"publishedOn\": \"23.09.2025\"}]}", "VALIDATION_FAILED",
                        "sources[0].publishedOn"),
                Arguments.of(SIGN_MOU, "{\"termYears\": 0}", "VALIDATION_FAILED", "termYears"),
                Arguments.of(CAPACITY, "{\"amount\": \"12\"}", "VALIDATION_FAILED", "amount"),
                Arguments.of(CAPACITY, "{\"amount\": 1e999999999}", "VALIDATION_FAILED", "amount"),
                Arguments.of(CAPACITY, "{\"amount\": -3}", "VALIDATION_FAILED", "amount"),
                Arguments.of(CORRECT, "{\"correctsVersion\": -1}", "VALIDATION_FAILED", "correctsVersion"),
                Arguments.of(CORRECT, "{\"correctsVersion\": 1e30}", "VALIDATION_FAILED", "correctsVersion"),
                Arguments.of(CORRECT, "{\"replacement\": \"withdraw\"}", "VALIDATION_FAILED", "replacement"),
                Arguments.of(SIGN_MOU, "{\"title\": \"a\\u0000b\"}", "VALIDATION_FAILED", "title"),
                Arguments.of(SIGN_MOU, "{\"title\": \"\\ud800\"}", "VALIDATION_FAILED", "title"),
                Arguments.of(SIGN_MOU, "{\"title\": \"two\\nlines\"}", "VALIDATION_FAILED", "title"),
                Arguments.of(SIGN_MOU, "{\"objectives\": [\"two\\nlines\", \"bell\\u0007\"]}", "VALIDATION_FAILED",
                        "objectives[1]"),
                Arguments.of(SIGN_MOU, "{\"sources\": [{\"url\": \"https:///no-host\"}]}", "VALIDATION_FAILED",
                        "sources[0].url"),
                Arguments.of(CAPACITY, "{\"amount\": 9007199254740992}", "VALIDATION_FAILED", "amount"),
                Arguments.of(CAPACITY, "{\"amount\": 0.1234567890123456}", "VALIDATION_FAILED", "amount"),
                Arguments.of(CAPACITY, "{\"amount\": 1e-400}", "VALIDATION_FAILED", "amount"),
                Arguments.of(CORRECT, "{\"correctsVersion\": 9007199254740992}", "VALIDATION_FAILED", "correctsVersion"),
                Arguments.of(CORRECT, "{\"replacement\": {\"name\": \"\\u001b[2J\"}}", "VALIDATION_FAILED", "replacement"),
                Arguments.of(CORRECT, "{\"replacement\": {\"n\": 12345678901234567890}}", "VALIDATION_FAILED", "replacement"),
                Arguments.of(CORRECT, "{\"replacement\": {\"n\": 1e400}}", "VALIDATION_FAILED", "replacement"),
                Arguments.of(CORRECT, "{\"replacement\": {\"a\": " + "[".repeat(20) + "]".repeat(20) + "}}",
                        "VALIDATION_FAILED", "replacement"),
                Arguments.of("/agreements", "{\"id\": \"Not A Slug\"}", "VALIDATION_FAILED", "id"),
                Arguments.of("/agreements", "{\"id\": \"" + "a".repeat(101) + "\"}", "VALIDATION_FAILED", "id"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("malformedBodies")
    void malformedBodiesAreBadRequestsNamingTheField(String path, String body, String code, String field)
            throws Exception {
        JsonNode problem = problemOf(mvc.perform(post(path).with(asClerk())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse(), 400);

        if (code != null) {
            assertThat(problem.path("code").asText()).isEqualTo(code);
        }
        if (field != null) {
            assertThat(fields(problem)).contains(field);
            assertThat(problem.path("errors")).allSatisfy(error -> {
                assertThat(error.path("code").asText()).isNotBlank();
                assertThat(error.path("message").asText()).isNotBlank();
            });
        }
    }

    @Test
    void anEmptyObjectListsEveryMissingField() throws Exception {
        JsonNode problem = problemOf(mvc.perform(post(SIGN_MOU).with(asClerk())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse(), 400);

        assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(problem)).containsExactlyInAnyOrder("occurredOn", "signatories", "sources");
        assertThat(problem.path("errors")).allSatisfy(error ->
                assertThat(error.path("code").asText()).isEqualTo("REQUIRED"));
    }

    @Test
    void aSourceWithEveryFieldWrongListsEachOfThem() throws Exception {
        String body = "{\"signatories\": [{}], \"occurredOn\": {\"date\": \"2025\", \"precision\": \"MONTH\"},"
                + " \"sources\": [{\"publisher\": \"\", \"url\": \"not a url\", \"publishedOn\": \"2025-02-30\","
                + " \"language\": \"deu\"}]}";
        JsonNode problem = problemOf(mvc.perform(post(SIGN_MOU).with(asClerk())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse(), 400);

        assertThat(fields(problem)).contains("signatories[0].name", "signatories[0].title", "signatories[0].party",
                "occurredOn", "sources[0].publisher", "sources[0].title", "sources[0].url", "sources[0].publishedOn",
                "sources[0].language");
        assertThat(problem.path("errors").findValuesAsText("code")).contains("REQUIRED", "INVALID_URL",
                "INVALID_DATE", "INVALID_LANGUAGE", "INVALID_OCCURRED_ON");
        assertThat(problem.path("detail").asText()).startsWith("The request has ");
    }

    @Test
    void everyWrongTextIsListedInOneProblem() throws Exception {
        String body = "{\"title\": \"\\u0000\", \"place\": \"\\udc00\", \"objectives\": [\"ok\", \"\\u0085\"],"
                + " \"parties\": [{\"code\": \"KR\", \"kind\": \"STATE\", \"name\": \"tab\\there\"}]}";
        JsonNode problem = problemOf(mvc.perform(post(SIGN_MOU).with(asClerk())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse(), 400);

        assertThat(problem.path("errors").findValuesAsText("code")).filteredOn("INVALID_CHARACTERS"::equals).hasSize(4);
        assertThat(fields(problem)).contains("title", "place", "objectives[1]", "parties[0].name");
    }

    @Test
    void aBodyWhoseOnlyFaultIsUnknownFieldsIsUnknownField() throws Exception {
        String body = VALID_SIGN_MOU.replace("{\"occurredOn\"", "{\"titel\": \"a\", \"occurredOn\"")
                .replace("\"party\": \"KR\"", "\"party\": \"KR\", \"flag\": {\"x\": [1]}");
        JsonNode problem = problemOf(mvc.perform(post(SIGN_MOU).with(asClerk())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse(), 400);

        assertThat(problem.path("code").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(fields(problem)).containsExactlyInAnyOrder("titel", "signatories[0].flag");
        assertThat(problem.path("errors").findValuesAsText("message")).allSatisfy(message ->
                assertThat(message).startsWith("is not a field here; the fields are: "));
    }

    @Test
    void everyWrongFieldIsListedInOneProblemWhateverIsWrongWithIt() throws Exception {
        String body = "{\"titel\": \"a\", \"title\": 5, \"termYears\": \"ten\","
                + " \"parties\": [{\"code\": \"KR\", \"kind\": \"PLANET\", \"name\": \"Korea\", \"flag\": {\"x\": [1]}},"
                + " {\"code\": \"XX\", \"kind\": \"STATE\", \"name\": \"Nowhere\"}],"
                + " \"objectives\": [\"ok\", 7, \"bell\\u0007\"],"
                + " \"occurredOn\": {\"date\": \"2025-09-22\", \"precision\": \"DAYS\"},"
                + " \"sources\": [{\"publisher\": \"p\", \"title\": \"t\", \"url\": \"ftp://example.org/x\","
                + " \"publishedOn\": \"2025-09-23\", \"language\": \"en\"}], \"plaec\": 1}";
        JsonNode problem = problemOf(mvc.perform(post(SIGN_MOU).with(asClerk())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse(), 400);

        assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.path("errors")).extracting(error -> error.path("field").asText() + " " + error.path("code").asText())
                .containsExactlyInAnyOrder(
                        "titel UNKNOWN_FIELD",
                        "plaec UNKNOWN_FIELD",
                        "parties[0].flag UNKNOWN_FIELD",
                        "title WRONG_TYPE",
                        "termYears WRONG_TYPE",
                        "parties[0].kind INVALID_VALUE",
                        "parties[1].code INVALID_COUNTRY_CODE",
                        "objectives[1] WRONG_TYPE",
                        "objectives[2] INVALID_CHARACTERS",
                        "occurredOn.precision INVALID_VALUE",
                        "signatories REQUIRED",
                        "sources[0].url INVALID_URL");
        assertThat(problem.path("detail").asText()).isEqualTo("The request has 12 invalid fields; see errors.");
    }

    @Test
    void kosovoIsAState() throws Exception {
        String body = "{\"parties\": [{\"code\": \"XK\", \"kind\": \"STATE\", \"name\": \"Kosovo\"},"
                + " {\"code\": \"ZZ\", \"kind\": \"STATE\", \"name\": \"Nowhere\"}]}";
        JsonNode problem = problemOf(mvc.perform(post(SIGN_MOU).with(asClerk())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse(), 400);

        assertThat(fields(problem)).contains("parties[1].code").doesNotContain("parties[0].code");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        String body = "{\"title\": \"" + "x".repeat(64 * 1024) + "\"}";
        JsonNode problem = problemOf(mvc.perform(post(SIGN_MOU).with(asClerk())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse(), 413);

        assertThat(problem.path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(problem.path("maxBodySize").asLong()).isEqualTo(64 * 1024);
    }

    @Test
    void aWrongDateIsQuotedLiterallyNotInterpolated() throws Exception {
        String body = "{\"occurredOn\": {\"date\": \"${7*7}{x}\", \"precision\": \"DAY\"}}";
        JsonNode problem = problemOf(mvc.perform(post(SIGN_MOU).with(asClerk())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse(), 400);

        assertThat(problem.path("errors").findValuesAsText("message"))
                .contains("'${7*7}{x}' is not a date; write it as 2025-09-22, 2025-09 or 2025");
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() throws Exception {
        JsonNode problem = problemOf(mvc.perform(post(SIGN_MOU).with(asClerk())
                .contentType(MediaType.APPLICATION_JSON).content("{\n  \"title\": nope\n}")).andReturn().getResponse(), 400);

        assertThat(problem.path("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(problem.path("line").asInt()).isEqualTo(2);
        assertThat(problem.path("detail").asText()).contains("line 2");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() throws Exception {
        JsonNode problem = problemOf(mvc.perform(post(SIGN_MOU).with(asClerk())
                .contentType(MediaType.TEXT_PLAIN).content("sign it")).andReturn().getResponse(), 415);

        assertThat(problem.path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(problem.path("type").asText()).isEqualTo("/problems/unsupported-media-type");
    }

    @Test
    void aWrongMethodIsNotAllowed() throws Exception {
        JsonNode problem = problemOf(mvc.perform(get(SIGN_MOU).with(asClerk())).andReturn().getResponse(), 405);

        assertThat(problem.path("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(problem.path("instance").asText()).isEqualTo(SIGN_MOU);
    }

    @Test
    void anUnknownPathIsNotFound() throws Exception {
        JsonNode problem = problemOf(mvc.perform(post("/agreements/kr-blackrock-ai-datacentre-mou/sign-twice")
                .with(asClerk()).contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse(), 404);

        assertThat(problem.path("code").asText()).isEqualTo("NOT_FOUND");
    }

    private JsonNode problemOf(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(response.getContentAsString());
        assertThat(problem.path("type").asText()).startsWith("/problems/");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }
}
