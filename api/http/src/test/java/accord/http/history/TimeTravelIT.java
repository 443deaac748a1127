package accord.http.history;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.agreements.AgreementAction;
import accord.http.agreements.AgreementRequest;
import accord.http.demo.SeedAgreement;
import accord.http.demo.SeedAgreements;
import accord.http.testsupport.AccordIntegrationTest;
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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Records the Korea–BlackRock MoU, two milestones and a correction of the first over HTTP,
 * capturing the live state after every command, then reads every captured version back through
 * time travel, the history and a diff. A second MoU then links to the first.
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeTravelIT {

    // Ids of their own: other tests of the same application context record the seed agreements.
    private static final String MOU = "time-travel-blackrock-mou";
    private static final String LINKING_MOU = "time-travel-linking-mou";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Long, JsonNode> captured = new LinkedHashMap<>();
    private long seededVersion;
    private long milestoneVersion;
    private long correctionVersion;
    private JsonNode source;

    @BeforeAll
    void recordAScenarioCapturingEveryState() throws Exception {
        SeedAgreement mou = SeedAgreements.all().stream().filter(seed -> seed.agreementId().equals(SeedAgreements.KOREA_BLACKROCK_MOU)).findFirst()
                .orElseThrow();
        for (AgreementRequest step : mou.steps()) {
            capture(record(AgreementAction.of(step).path(MOU), step));
        }
        seededVersion = lastCaptured();
        source = captured.get(seededVersion).path("sources").get(0);
        milestoneVersion = capture(record("/agreements/" + MOU + "/record-milestone", Map.of(
                "label", "Site chosen", "description", "The partners chose a site in Jeonnam",
                "occurredOn", Map.of("date", "2025-11", "precision", "MONTH"), "sources", List.of(source))));
        capture(record("/agreements/" + MOU + "/record-milestone", Map.of(
                "label", "Investors' visit", "description", "Global investors visited the site",
                "occurredOn", Map.of("date", "2025-12-02", "precision", "DAY"), "sources", List.of(source))));
        Map<String, Object> replacement = new LinkedHashMap<>();
        replacement.put("label", "Site chosen");
        replacement.put("description", "The partners chose a site in South Jeolla");
        replacement.put("occurredOn", Map.of("date", "2025-11", "precision", "MONTH"));
        replacement.put("sources", List.of(source));
        correctionVersion = capture(record("/agreements/" + MOU + "/correct-record", Map.of(
                "correctsVersion", milestoneVersion, "reason", "The province was misnamed", "replacement", replacement,
                "occurredOn", Map.of("date", "2025-12", "precision", "MONTH"), "sources", List.of(source))));
        AgreementRequest signing = mou.steps().get(0);
        record(AgreementAction.of(signing).path(LINKING_MOU), signing);
        record("/agreements/" + LINKING_MOU + "/link-agreements", Map.of("relatedAgreementId", MOU,
                "relation", "RELATED_TO", "note", "Both concern AI infrastructure",
                "occurredOn", Map.of("date", "2025-12", "precision", "MONTH"), "sources", List.of(source)));
    }

    @Test
    void everyCapturedVersionIsAnsweredExactlyAsOfThatVersion() throws Exception {
        assertThat(captured).hasSizeGreaterThan(3);
        for (Map.Entry<Long, JsonNode> state : captured.entrySet()) {
            HttpResponse<String> answer = get("/agreements/" + MOU + "?asOfVersion=" + state.getKey());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("ETag")).hasValue("\"" + state.getKey() + "\"");
            assertThat(json.readTree(answer.body())).as("as of version " + state.getKey()).isEqualTo(state.getValue());
        }
    }

    @Test
    void theCorrectionReplacesTheMilestoneButNotWhatWasBelievedBefore() throws Exception {
        JsonNode before = captured.get(correctionVersion - 1);
        JsonNode after = captured.get(correctionVersion);
        assertThat(siteChosen(before).path("description").asText())
                .isEqualTo("The partners chose a site in Jeonnam");
        assertThat(siteChosen(after).path("description").asText())
                .isEqualTo("The partners chose a site in South Jeolla");

        assertThat(readAt(before.path("lastRecordedAt").asText())).isEqualTo(before);
        assertThat(readAt(after.path("lastRecordedAt").asText())).isEqualTo(after);
    }

    @Test
    void theHistoryShowsBothEventsLinkedWithSourcesTimesAndTheClerk() throws Exception {
        JsonNode entries = history();
        assertThat(entries).hasSize((int) correctionVersion + 1);
        JsonNode milestone = entries.get((int) milestoneVersion);
        JsonNode correction = entries.get((int) correctionVersion);
        assertThat(milestone.path("type").asText()).isEqualTo("MilestoneRecorded");
        assertThat(milestone.path("correctedBy").get(0).asLong()).isEqualTo(correctionVersion);
        assertThat(correction.path("type").asText()).isEqualTo("RecordCorrected");
        assertThat(correction.path("corrects").asLong()).isEqualTo(milestoneVersion);
        for (JsonNode entry : entries) {
            assertThat(entry.path("recordedBy").asText()).isEqualTo(TestUsers.CLERK.name());
            assertThat(entry.path("sources")).isNotEmpty();
            assertThat(entry.path("occurredOn").path("precision").asText()).isNotEmpty();
            assertThat(entry.path("recordedAt").asText()).isNotEmpty();
            assertThat(entry.path("position").isIntegralNumber()).isTrue();
            assertThat(entry.path("correlationId").asText()).isNotEmpty();
        }
        assertThat(milestone.path("occurredOn").path("date").asText()).isEqualTo("2025-11");
        assertThat(milestone.path("position").asLong())
                .isEqualTo(siteChosen(captured.get(correctionVersion)).path("position").asLong());
    }

    @Test
    void theDiffNamesTheMilestonesAndTheEventsThatChangedThem() throws Exception {
        HttpResponse<String> answer = get("/agreements/" + MOU + "/diff?fromVersion=" + seededVersion
                + "&toVersion=" + correctionVersion);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode milestones = null;
        for (JsonNode change : json.readTree(answer.body()).path("changes")) {
            if (change.path("fact").asText().equals("milestones")) {
                milestones = change;
            }
        }
        assertThat(milestones).isNotNull();
        assertThat(milestones.path("added").findValuesAsText("label")).containsExactly("Site chosen", "Investors' visit");
        assertThat(milestones.path("changedBy").findValuesAsText("type"))
                .containsExactly("MilestoneRecorded", "MilestoneRecorded", "RecordCorrected");

        assertThat(get("/agreements/" + MOU + "/diff?fromVersion=3&toVersion=1").statusCode()).isEqualTo(400);
        assertThat(get("/agreements/" + MOU + "/diff?fromVersion=0&toVersion=999").statusCode()).isEqualTo(400);
    }

    @Test
    void theLinkRecordedOnTheOtherMoUShowsOnThisOne() throws Exception {
        JsonNode linkedFrom = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            linkedFrom = json.readTree(get("/agreements/" + MOU).body()).path("linkedFrom");
            if (!linkedFrom.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(linkedFrom).hasSize(1);
        assertThat(linkedFrom.get(0).path("agreementId").asText()).isEqualTo(LINKING_MOU);
        assertThat(linkedFrom.get(0).path("relation").asText()).isEqualTo("RELATED_TO");
    }

    @Test
    void badTimeTravelParametersAreProblemsNotFailures() throws Exception {
        assertThat(get("/agreements/" + MOU + "?asOfVersion=1&asOccurredOn=2025").statusCode()).isEqualTo(400);
        assertThat(get("/agreements/" + MOU + "?asOccurredOn=2025-13").statusCode()).isEqualTo(400);
        assertThat(get("/agreements/" + MOU + "?asRecordedAt=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/agreements/" + MOU + "/history?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/agreements/unknown-agreement/history").statusCode()).isEqualTo(404);
        assertThat(get("/agreements/" + MOU + "?asOccurredOn=2025-09").statusCode()).isEqualTo(200);
    }

    private static JsonNode siteChosen(JsonNode state) {
        for (JsonNode milestone : state.path("milestones")) {
            if (milestone.path("label").asText().equals("Site chosen")) {
                return milestone;
            }
        }
        throw new AssertionError("No milestone 'Site chosen' in " + state);
    }

    private JsonNode readAt(String instant) throws Exception {
        HttpResponse<String> answer = get("/agreements/" + MOU + "?asRecordedAt="
                + URLEncoder.encode(instant, StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private JsonNode history() throws Exception {
        JsonNode entries = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            HttpResponse<String> answer = get("/agreements/" + MOU + "/history");
            entries = json.readTree(answer.body()).path("entries");
            if (answer.statusCode() == 200 && entries.size() > correctionVersion) {
                return entries;
            }
            Thread.sleep(100);
        }
        return entries;
    }

    private long capture(long version) throws Exception {
        HttpResponse<String> answer = get("/agreements/" + MOU + "?minVersion=" + version);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode state = json.readTree(answer.body());
        assertThat(state.path("version").asLong()).isEqualTo(version);
        captured.put(version, state);
        return version;
    }

    private long lastCaptured() {
        return captured.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    private long record(String path, Object body) throws Exception {
        HttpResponse<String> answer = send(TestUsers.CLERK, path, HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
        return json.readTree(answer.body()).path("version").asLong();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(TestUsers.AUDITOR, path, HttpRequest.newBuilder().GET());
    }

    private HttpResponse<String> send(TestUser user, String path, HttpRequest.Builder request) throws Exception {
        String credentials = user.name() + ":" + user.password();
        return http.send(request.uri(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
