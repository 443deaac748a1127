package accord.http.feed;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.demo.SeedAgreements;
import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestUsers;
import accord.messages.ledger.CanonicalJson;
import accord.messages.ledger.LeafRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /events}, read with the CloudEvents SDK: every event once, in ledger order with no
 * gap, each the same event the ledger committed to; filters; refusals.
 */
@AccordIntegrationTest
class EventFeedIT {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    @Test
    void pagesCarryEveryEventOnceInLedgerOrderAsTheLedgerCommittedIt() throws Exception {
        ServiceClient client = new ServiceClient(port, json);
        long start = ledgerSize(client);
        String run = Long.toString(System.nanoTime(), 36);
        List<String> agreements = new ArrayList<>();
        int index = 0;
        for (var seed : SeedAgreements.all()) {
            String id = "feed-" + run + "-" + index++;
            client.recordUnder(seed, id);
            agreements.add(id);
        }
        long end = ledgerSize(client);
        assertThat(end - start).as("events recorded").isGreaterThanOrEqualTo(15);

        List<CloudEvent> read = new ArrayList<>();
        String next = "/events?after=" + (start - 1) + "&limit=7";
        int pages = 0;
        while (read.isEmpty() || CloudEventsReader.position(read.get(read.size() - 1)) < end - 1) {
            HttpResponse<String> page = client.get(TestUsers.INTEGRATOR, next);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("application/cloudevents-batch+json");
            List<CloudEvent> events = CloudEventsReader.batch(page.body());
            assertThat(events).hasSizeLessThanOrEqualTo(7);
            read.addAll(events);
            next = nextLink(page);
            assertThat(++pages).as("pages read").isLessThan(100);
        }

        List<Long> positions = read.stream().map(CloudEventsReader::position).toList();
        assertThat(positions.get(0)).isEqualTo(start);
        for (int i = 1; i < positions.size(); i++) {
            assertThat(positions.get(i)).as("the position after " + positions.get(i - 1))
                    .isEqualTo(positions.get(i - 1) + 1);
        }
        Set<String> ids = new HashSet<>();
        for (CloudEvent event : read) {
            assertThat(ids.add(event.getId())).as("event %s once", event.getId()).isTrue();
            assertSameAsTheLedger(client, event);
        }
        assertThat(read.stream().map(CloudEvent::getSubject)).containsAll(agreements);

        HttpResponse<String> caughtUp = client.get(TestUsers.INTEGRATOR, "/events?after=" + (end - 1) + "&limit=7");
        if (ledgerSize(client) == end) {
            assertThat(CloudEventsReader.batch(caughtUp.body())).isEmpty();
            assertThat(nextLink(caughtUp)).startsWith("/events?after=" + (end - 1));
        }
    }

    /** The CloudEvent carries exactly what the ledger's leaf at its position commits to. */
    private void assertSameAsTheLedger(ServiceClient client, CloudEvent event) throws Exception {
        long position = CloudEventsReader.position(event);
        HttpResponse<String> leafAnswer = client.get(TestUsers.AUDITOR, "/ledger/leaves/" + position);
        LeafRecord leaf = LeafRecord.parse(leafAnswer.body().getBytes(StandardCharsets.UTF_8));
        assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(event.getId()).isEqualTo(leaf.eventId());
        assertThat(event.getSubject()).isEqualTo(leaf.agreementId());
        assertThat(event.getSource()).isEqualTo(URI.create("/agreements/" + leaf.agreementId()));
        String name = leaf.eventType().substring(leaf.eventType().lastIndexOf('.') + 1);
        assertThat(event.getType()).isEqualTo("example.accord.agreement." + name + ".v1");
        assertThat(event.getDataSchema()).hasToString("http://localhost:8080/schemas/events/" + name + ".v1.json");
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getTime().toInstant().toString()).isEqualTo(Instant.parse(leaf.recordedAt()).toString());
        assertThat(event.getExtension("agreementversion")).isEqualTo((int) leaf.version());
        assertThat(event.getExtension("recordedby")).isEqualTo(leaf.recordedBy());
        assertThat(event.getExtension("correlationid")).isEqualTo(leaf.correlationId());
        assertThat(event.getExtension("causationid")).isEqualTo(leaf.causationId());
        assertThat(event.getExtension("partitionkey")).isEqualTo(leaf.agreementId());
        assertThat(event.getExtension("occurredon")).isEqualTo(((Map<?, ?>) leaf.occurredOn()).get("date"));
        assertThat(event.getData()).isNotNull();
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                .as("data is the payload the leaf commits to, in canonical form")
                .isEqualTo(new String(CanonicalJson.bytes(leaf.payload()), StandardCharsets.UTF_8));
    }

    @Test
    void filtersKeepOnlyTheAgreementsAndTypesAskedFor() throws Exception {
        ServiceClient client = new ServiceClient(port, json);
        String run = Long.toString(System.nanoTime(), 36);
        String mou = "feed-filter-" + run + "-mou";
        String deal = "feed-filter-" + run + "-deal";
        List<JsonNode> receipts = client.recordUnder(SeedAgreements.koreaBlackRockMoU(), mou);
        client.recordUnder(SeedAgreements.koreaUsTechnologyProsperityDeal(), deal);

        List<CloudEvent> ofMou = CloudEventsReader.batch(client.get(TestUsers.AUDITOR,
                "/events?limit=1000&agreementId=" + mou).body());
        assertThat(ofMou).extracting(CloudEvent::getSubject).containsOnly(mou);
        long events = receipts.get(receipts.size() - 1).get("version").asLong() + 1;
        assertThat(ofMou).hasSize((int) events);
        assertThat(ofMou).extracting(event -> event.getExtension("agreementversion"))
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, (int) events).boxed().toList());

        List<CloudEvent> signings = CloudEventsReader.batch(client.get(TestUsers.AUDITOR, "/events?limit=1000"
                + "&agreementId=" + mou + "&agreementId=" + deal
                + "&type=MoUSigned&type=example.accord.agreement.AgreementProposed.v1").body());
        assertThat(signings).extracting(CloudEvent::getType).containsOnly(
                "example.accord.agreement.MoUSigned.v1", "example.accord.agreement.AgreementProposed.v1");
        assertThat(signings).extracting(CloudEvent::getSubject).contains(mou, deal);
        List<Long> positions = signings.stream().map(CloudEventsReader::position).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void refusesWrongParametersWithTheFieldAndAReason() throws Exception {
        ServiceClient client = new ServiceClient(port, json);
        Map<String, String> wrong = Map.of(
                "/events?limit=0", "limit",
                "/events?limit=1001", "limit",
                "/events?after=-2", "after",
                "/events?after=soon", "after",
                "/events?after=" + Long.MAX_VALUE, "after",
                "/events?type=TreatyRatified", "type",
                "/events?agreementId=Not%20An%20Id", "agreementId",
                "/events/stream?type=example.accord.agreement.MoUSigned.v9", "type");
        for (var request : wrong.entrySet()) {
            HttpResponse<String> answer = client.get(TestUsers.INTEGRATOR, request.getKey());
            assertThat(answer.statusCode()).as(request.getKey()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = json.readTree(answer.body());
            assertThat(problem.get("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(request.getValue());
            assertThat(problem.get("errors").get(0).get("message").asText()).isNotBlank();
        }
        assertThat(client.getAnonymously("/events").statusCode()).isEqualTo(401);
    }

    @Test
    void answersPlainJsonToAClientThatOnlyAcceptsIt() throws Exception {
        ServiceClient client = new ServiceClient(port, json);
        client.signMoU("feed-json-" + Long.toString(System.nanoTime(), 36));
        client.signMoU("feed-json-" + Long.toString(System.nanoTime(), 36));
        HttpResponse<String> answer = client.get(TestUsers.INTEGRATOR, "/events?limit=2", "application/json");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(CloudEventsReader.batch(answer.body())).hasSize(2);
    }

    /** @return the ledger's size, as the feed reports it */
    static long ledgerSize(ServiceClient client) throws Exception {
        HttpResponse<String> answer = client.get(TestUsers.INTEGRATOR, "/events?after=now&limit=1");
        return Long.parseLong(answer.headers().firstValue(EventsController.LEDGER_SIZE).orElseThrow());
    }

    private static String nextLink(HttpResponse<String> page) {
        Matcher link = NEXT.matcher(page.headers().firstValue("Link").orElseThrow());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
