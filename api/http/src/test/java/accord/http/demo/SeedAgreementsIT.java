package accord.http.demo;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.agreements.AgreementAction;
import accord.http.agreements.AgreementRequest;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Records the three seed agreements over real HTTP, as a clerk, reads them back from the read
 * side, and checks that refusals and invalid input come back as problems with their codes.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedAgreementsIT {

    private static final String MOU = SeedAgreements.KOREA_BLACKROCK_MOU;
    private static final String DEAL = SeedAgreements.KOREA_US_TECHNOLOGY_PROSPERITY_DEAL;
    private static final String CHIPS = SeedAgreements.US_AI_CHIP_EXPORTS_TO_CHINA;

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private final java.util.Map<String, Long> versions = new java.util.HashMap<>();

    @BeforeAll
    void recordTheSeedAgreementsOverHttp() throws Exception {
        for (SeedAgreement seed : SeedAgreements.all()) {
            for (AgreementRequest step : seed.steps()) {
                HttpResponse<String> answer = post(AgreementAction.of(step).path(seed.agreementId()), step);
                assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
                JsonNode receipt = json.readTree(answer.body());
                assertThat(receipt.path("agreementId").asText()).isEqualTo(seed.agreementId());
                assertThat(receipt.path("position").isIntegralNumber()).as(answer.body()).isTrue();
                assertThat(answer.headers().firstValue("ETag")).hasValue("\"" + receipt.path("version").asLong() + "\"");
                versions.put(seed.agreementId(), receipt.path("version").asLong());
            }
        }
    }

    @Test
    void theKoreaBlackRockMoUIsSignedByBothLeadersForTenYearsWithItsSource() throws Exception {
        JsonNode mou = read(MOU);

        assertThat(mou.path("kind").asText()).isEqualTo("MOU");
        assertThat(mou.path("status").asText()).isEqualTo("SIGNED");
        assertThat(mou.path("signatories").findValuesAsText("name")).containsExactly("Lee Jae Myung", "Larry Fink");
        assertThat(mou.path("termYears").asInt()).isEqualTo(10);
        assertThat(mou.path("place").asText()).isEqualTo("New York");
        assertThat(mou.path("sources").findValuesAsText("url"))
                .contains("https://seeds.accord.example/000_499f98372269f13a.txt");
        assertThat(mou.path("statements")).hasSize(2);
        assertThat(mou.path("commitments")).hasSize(1);
    }

    @Test
    void theTechnologyProsperityDealIsScheduledWithItsScopeCommitmentsAndLinks() throws Exception {
        JsonNode deal = read(DEAL);

        assertThat(deal.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(deal.path("scheduledFor").path("date").asText()).isEqualTo("2025-10-29");
        assertThat(deal.path("scopeAreas")).hasSize(6);
        assertThat(deal.path("commitments")).hasSize(5);
        assertThat(deal.path("links").findValuesAsText("relatedAgreementId")).containsExactlyInAnyOrder(
                "us-jp-technology-prosperity-deal", "us-gb-technology-prosperity-deal", "kr-openai-partnership");
    }

    @Test
    void theChipArrangementsNameChinaAsDestinationMarketAndCarryBessentsStatement() throws Exception {
        JsonNode chips = read(CHIPS);

        assertThat(chips.path("kind").asText()).isEqualTo("TRADE_ARRANGEMENT");
        assertThat(chips.path("parties").findValuesAsText("code")).containsExactly("US", "NVIDIA", "AMD", "CN");
        assertThat(chips.path("statements").get(0).path("speaker").path("name").asText()).isEqualTo("Scott Bessent");
    }

    @Test
    void signingTheMoUAgainIsAConflict() throws Exception {
        HttpResponse<String> answer = post("/agreements/" + MOU + "/sign-mou", SeedAgreements.koreaBlackRockMoU().steps().get(0));

        assertProblem(answer, 409, "ALREADY_SIGNED");
    }

    @Test
    void aSignatoryWhoRepresentsNoPartyIsUnprocessable() throws Exception {
        String body = "{\"signatories\": [{\"name\": \"Someone\", \"title\": \"Minister\", \"party\": \"JP\"}],"
                + " \"place\": \"Gyeongju\", \"occurredOn\": {\"date\": \"2025-10-29\", \"precision\": \"DAY\"},"
                + " \"sources\": [" + json.writeValueAsString(SeedAgreements.koreaUsTechnologyProsperityDeal().steps()
                        .get(0).sources().get(0)) + "]}";

        assertProblem(post("/agreements/" + DEAL + "/sign-agreement", body), 422, "SIGNATORY_NOT_A_PARTY");
    }

    @Test
    void anUnknownAgreementIsNotFoundForCommandsAndReads() throws Exception {
        AgreementRequest statement = SeedAgreements.usAiChipExportArrangementsChina().steps().get(1);

        assertProblem(post("/agreements/no-such-agreement/record-statement", statement), 404, "UNKNOWN_AGREEMENT");
        assertProblem(send(request("/agreements/no-such-agreement").GET()), 404, "UNKNOWN_AGREEMENT");
    }

    @Test
    void invalidInputIsABadRequestListingEveryWrongField() throws Exception {
        HttpResponse<String> answer = post("/agreements/" + MOU + "/record-milestone",
                "{\"label\": \"\", \"occurredOn\": {\"date\": \"2025-02-30\", \"precision\": \"DAY\"}, \"sources\": []}");

        JsonNode problem = assertProblem(answer, 400, "VALIDATION_FAILED");
        assertThat(problem.path("errors").findValuesAsText("field"))
                .contains("label", "description", "occurredOn", "sources");
    }

    private JsonNode read(String agreementId) throws Exception {
        HttpResponse<String> answer = send(request("/agreements/" + agreementId + "?minVersion=" + versions.get(agreementId))
                .GET());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode state = json.readTree(answer.body());
        assertThat(state.path("version").asLong()).isEqualTo(versions.get(agreementId));
        return state;
    }

    private JsonNode assertProblem(HttpResponse<String> answer, int status, String code) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("code").asText()).isEqualTo(code);
        return problem;
    }

    private HttpResponse<String> post(String path, Object body) throws Exception {
        String text = body instanceof String raw ? raw : json.writeValueAsString(body);
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    private HttpRequest.Builder request(String path) {
        String credentials = TestUsers.CLERK.name() + ":" + TestUsers.CLERK.password();
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
