package accord.http.search;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.demo.SeedAgreement;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUser;
import accord.http.testsupport.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Records the three seed agreements over real HTTP, under ids of this run's own (other tests
 * record the seeds under their usual ids in the same database), and searches them as every role.
 * The read side is eventually consistent, so each search is repeated, within a bound, until it
 * shows what was recorded. Only this run's agreements are compared: the database holds others.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementSearchIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private final String run = "s" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final String mou = SeedAgreements.KOREA_BLACKROCK_MOU + "-" + run;
    private final String deal = SeedAgreements.KOREA_US_TECHNOLOGY_PROSPERITY_DEAL + "-" + run;
    private final String chips = SeedAgreements.US_AI_CHIP_EXPORTS_TO_CHINA + "-" + run;

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void recordTheSeedAgreementsUnderThisRunsIds() throws Exception {
        ServiceClient service = new ServiceClient(port, json);
        for (SeedAgreement seed : SeedAgreements.all()) {
            service.recordUnder(seed, seed.agreementId() + "-" + run);
        }
        assertThat(eventually("/agreements?limit=500&q=" + run, List.of(mou, deal, chips))).hasSize(3);
    }

    @Test
    void findsTheAgreementsOfAParty() throws Exception {
        assertThat(eventually("/agreements?party=BLACKROCK", List.of(mou))).containsExactly(mou);
        assertThat(eventually("/agreements?party=US", List.of(deal, chips))).containsExactly(deal, chips);
    }

    @Test
    void findsTheAgreementsOfAKindAndOfAStatus() throws Exception {
        assertThat(eventually("/agreements?kind=MOU", List.of(mou))).containsExactly(mou);
        assertThat(eventually("/agreements?kind=trade_arrangement", List.of(chips))).containsExactly(chips);
        assertThat(eventually("/agreements?status=SCHEDULED", List.of(deal))).containsExactly(deal);
        assertThat(eventually("/agreements?status=PROPOSED&kind=TRADE_ARRANGEMENT", List.of(chips)))
                .containsExactly(chips);
    }

    @Test
    void findsTheAgreementsCoveringAScopeArea() throws Exception {
        assertThat(eventually("/agreements?scopeArea=" + encode("quantum computing"), List.of(deal)))
                .containsExactly(deal);
    }

    @Test
    void findsFreeTextInStatementsAndSpeakers() throws Exception {
        assertThat(eventually("/agreements?q=Bessent", List.of(chips))).containsExactly(chips);
        assertThat(eventually("/agreements?q=" + encode("capital of Asia"), List.of(mou))).containsExactly(mou);
    }

    @Test
    void findsTheAgreementsWhoseFactsCanLieInARangeOfDates() throws Exception {
        assertThat(eventually("/agreements?occurredFrom=2025-09-22&occurredTo=2025-09-22", List.of(mou, chips)))
                .containsExactly(mou, chips);
        assertThat(eventually("/agreements?occurredFrom=2025-10", List.of(deal, chips))).containsExactly(deal, chips);
        assertThat(eventually("/agreements?occurredFrom=2026", List.of())).isEmpty();
    }

    @Test
    void everyRoleMayList() throws Exception {
        for (TestUser user : TestUsers.ALL) {
            HttpResponse<String> answer = send(user, request("/agreements?limit=1").GET());
            assertThat(answer.statusCode()).as(user.name() + ": " + answer.body()).isEqualTo(200);
        }
    }

    @Test
    void pagesOneAgreementAtATimeThroughEveryResultWithoutDuplicatesOrGaps() throws Exception {
        List<String> seen = new ArrayList<>();
        String page = "/agreements?limit=1&q=" + run;
        while (page != null) {
            HttpResponse<String> answer = send(TestUsers.AUDITOR, request(page).GET());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode body = json.readTree(answer.body());
            assertThat(body.path("items")).hasSize(1);
            seen.add(body.path("items").get(0).path("agreementId").asText());
            String next = body.path("next").isNull() ? null : body.path("next").asText();
            page = answer.headers().firstValue("Link").map(AgreementSearchIT::nextLink).orElse(null);
            assertThat(page == null).isEqualTo(next == null);
        }

        assertThat(seen).containsExactly(mou, deal, chips);
    }

    @Test
    void summarisesEachAgreement() throws Exception {
        eventually("/agreements?q=" + run, List.of(mou, deal, chips));
        JsonNode items = json.readTree(send(TestUsers.INTEGRATOR, request("/agreements?q=" + run).GET()).body())
                .path("items");
        JsonNode summary = items.get(1);

        assertThat(summary.path("agreementId").asText()).isEqualTo(deal);
        assertThat(summary.path("kind").asText()).isEqualTo("DEAL");
        assertThat(summary.path("title").asText()).isEqualTo("Technology Prosperity Deal");
        assertThat(summary.path("parties").toString()).isEqualTo("[\"KR\",\"US\"]");
        assertThat(summary.path("scopeAreas")).hasSize(6);
        assertThat(summary.path("firstOccurredOn").asText()).isEqualTo("2025-10-01");
        assertThat(summary.path("lastOccurredOn").asText()).isEqualTo("2025-10-31");
        assertThat(summary.path("version").asLong()).isEqualTo(SeedAgreements.koreaUsTechnologyProsperityDeal()
                .steps().size() - 1);
        assertThat(summary.path("lastRecordedAt").asText()).isNotBlank();
    }

    @Test
    void invalidParametersAreABadRequestListingEachOne() throws Exception {
        JsonNode problem = badRequest("/agreements?kind=TREATY&status=ASLEEP&occurredFrom=2025-13&occurredTo=22.09.2025"
                + "&limit=0&cursor=" + encode("not a cursor"));

        assertThat(problem.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("kind", "status", "occurredFrom", "occurredTo", "limit", "cursor");
        assertThat(badRequest("/agreements?limit=501").path("errors").get(0).path("code").asText())
                .isEqualTo("OUT_OF_RANGE");
        assertThat(badRequest("/agreements?limit=ten").path("errors").get(0).path("code").asText())
                .isEqualTo("WRONG_TYPE");
        assertThat(badRequest("/agreements?limit=99999999999").path("errors").get(0).path("field").asText())
                .isEqualTo("limit");
        assertThat(badRequest("/agreements?cursor=%2F%2F%2F").path("errors").get(0).path("field").asText())
                .isEqualTo("cursor");
        assertThat(badRequest("/agreements?occurredFrom=2025-10&occurredTo=2025-09").path("errors").get(0)
                .path("field").asText()).isEqualTo("occurredTo");
    }

    @Test
    void theOpenApiDocumentDescribesListAgreements() throws Exception {
        JsonNode list = json.readTree(send(TestUsers.AUDITOR, request("/v3/api-docs").GET()).body())
                .path("paths").path("/agreements").path("get");

        assertThat(list.path("operationId").asText()).isEqualTo("listAgreements");
        assertThat(list.path("description").asText()).contains("sorted by agreement id");
        assertThat(list.path("parameters").findValuesAsText("name")).containsExactly("party", "kind", "status",
                "scopeArea", "q", "occurredFrom", "occurredTo", "cursor", "limit");
        assertThat(list.path("responses").path("200").path("headers").has("Link")).isTrue();
        assertThat(list.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
    }

    private JsonNode badRequest(String path) throws Exception {
        HttpResponse<String> answer = send(TestUsers.AUDITOR, request(path).GET());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("code").asText()).isEqualTo("VALIDATION_FAILED");
        return problem;
    }

    /**
     * Lists every page of the search, keeping this run's agreements, until they are the ones
     * expected or patience runs out.
     *
     * @return this run's agreements the search found, in the order listed
     */
    private List<String> eventually(String search, List<String> expected) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> found;
        do {
            found = everyPage(search).stream().filter(id -> id.endsWith("-" + run)).toList();
            if (found.equals(expected)) {
                return found;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return found;
    }

    private List<String> everyPage(String search) throws Exception {
        List<String> ids = new ArrayList<>();
        String page = search;
        while (page != null) {
            HttpResponse<String> answer = send(TestUsers.AUDITOR, request(page).GET());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            json.readTree(answer.body()).path("items").forEach(item -> ids.add(item.path("agreementId").asText()));
            page = answer.headers().firstValue("Link").map(AgreementSearchIT::nextLink).orElse(null);
        }
        return ids;
    }

    private static String nextLink(String header) {
        Matcher link = NEXT_LINK.matcher(header);
        assertThat(link.find()).as(header).isTrue();
        return link.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(TestUser user, HttpRequest.Builder request) throws Exception {
        String credentials = user.name() + ":" + user.password();
        return http.send(request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
