package accord.http.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.testsupport.ServiceClient;
import accord.http.testsupport.TestDatabase;
import accord.http.testsupport.TestUsers;
import accord.messages.ledger.Checkpoint;
import accord.messages.ledger.SignedNote;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.awaitility.Awaitility;

/** Request bodies, database reads and ledger checks the reliability scenarios share. */
final class Reliability {

    static final ObjectMapper JSON = new ObjectMapper();

    private Reliability() {
    }

    /** A new signed MoU between KR and US, as {@code sign-mou}'s body. */
    static Map<String, Object> signMoU(String title) {
        return Map.of("title", title,
                "parties", List.of(party("KR", "Republic of Korea"), party("US", "United States")),
                "signatories", List.of(Map.of("name", "Signatory KR", "title", "Minister", "party", "KR"),
                        Map.of("name", "Signatory US", "title", "Secretary", "party", "US")),
                "occurredOn", Map.of("date", "2025-10-01", "precision", "DAY"),
                "sources", sources(title));
    }

    /** A statement whose text carries the marker, as {@code record-statement}'s body. */
    static Map<String, Object> statement(String marker) {
        return Map.of("speaker", Map.of("name", "Speaker", "title", "Spokesperson"), "party", "KR",
                "text", "Statement " + marker,
                "occurredOn", Map.of("date", "2025-10-02", "precision", "DAY"),
                "sources", sources(marker));
    }

    /** A site whose name carries the marker, as {@code announce-site}'s body; the first one also starts implementation. */
    static Map<String, Object> site(String marker) {
        return Map.of("name", "Site " + marker, "location", "Ulsan", "countryCode", "KR",
                "occurredOn", Map.of("date", "2025-10-03", "precision", "DAY"),
                "sources", sources(marker));
    }

    /** A reason with a date and a source, as {@code suspend}'s and {@code resume}'s body. */
    static Map<String, Object> reasoned(String reason) {
        return Map.of("reason", reason, "occurredOn", Map.of("date", "2025-10-04", "precision", "DAY"),
                "sources", sources(reason));
    }

    private static Map<String, Object> party(String code, String name) {
        return Map.of("code", code, "kind", "STATE", "name", name, "role", "PARTY");
    }

    private static List<Map<String, Object>> sources(String marker) {
        return List.of(Map.of("publisher", "Reliability suite", "title", marker,
                "url", "https://reliability.accord.example/" + marker.replaceAll("[^A-Za-z0-9-]", ""), "publishedOn", "2025-10", "language", "en"));
    }

    static Connection connect(String url) throws SQLException {
        TestDatabase database = TestDatabase.get();
        Properties credentials = new Properties();
        credentials.setProperty("user", database.username());
        credentials.setProperty("password", database.password());
        return DriverManager.getConnection(url, credentials);
    }

    static long count(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** @return every row the query returns, each as its columns' text joined by tabs */
    static List<String> rows(Connection db, String sql, Object... parameters) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= columns; column++) {
                        row.append(column > 1 ? "\t" : "").append(result.getString(column));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    /** An event as stored, with its ledger leaf's position (null without a leaf). */
    record StoredEvent(String eventId, String agreementId, long version, String type, Long position) {
    }

    /** @return every stored event in (agreement, version) order, with its leaf's position */
    static List<StoredEvent> storedEvents(Connection db) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("select e.event_identifier, e.aggregate_identifier,"
                + " e.sequence_number, e.payload_type, l.position from domain_event_entry e"
                + " left join ledger_leaf l on l.event_identifier = e.event_identifier"
                + " order by e.aggregate_identifier, e.sequence_number");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                long position = result.getLong(5);
                events.add(new StoredEvent(result.getString(1), result.getString(2), result.getLong(3),
                        result.getString(4).substring(result.getString(4).lastIndexOf('.') + 1),
                        result.wasNull() ? null : position));
            }
        }
        return events;
    }

    /** @return position → event id, for every leaf */
    static Map<Long, String> leaves(Connection db) throws SQLException {
        Map<Long, String> leaves = new LinkedHashMap<>();
        try (PreparedStatement statement = db.prepareStatement(
                "select position, event_identifier from ledger_leaf order by position");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                leaves.put(result.getLong(1), result.getString(2));
            }
        }
        return leaves;
    }

    /**
     * The ledger's invariants: every event has exactly one leaf, every leaf an event, positions are
     * 0..n-1 without a gap and the head says n.
     *
     * @return n, the number of events
     */
    static long assertGapFreeLedger(Connection db) throws SQLException {
        long events = count(db, "select count(*) from domain_event_entry");
        assertThat(count(db, "select count(*) from ledger_leaf")).as("one leaf per event").isEqualTo(events);
        assertThat(count(db, "select coalesce(max(position), -1) + 1 from ledger_leaf")).as("positions 0..n-1")
                .isEqualTo(events);
        assertThat(count(db, "select count(distinct position) from ledger_leaf")).isEqualTo(events);
        assertThat(count(db, "select size from ledger_head")).as("the ledger head").isEqualTo(events);
        assertThat(count(db, "select count(*) from domain_event_entry e where not exists"
                + " (select 1 from ledger_leaf l where l.event_identifier = e.event_identifier)")).as("events without a leaf")
                .isZero();
        assertThat(count(db, "select count(*) from ledger_leaf l where not exists"
                + " (select 1 from domain_event_entry e where e.event_identifier = l.event_identifier)"))
                .as("leaves without an event").isZero();
        return events;
    }

    /** Waits for a checkpoint covering the ledger, then runs the self-audit and expects it to pass over every leaf. */
    static JsonNode assertAuditPasses(ServiceClient node, long leaves) throws Exception {
        Awaitility.await("a checkpoint covering " + leaves + " leaves").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    HttpResponse<String> answer = node.get(TestUsers.AUDITOR, "/ledger/checkpoint");
                    return answer.statusCode() == 200
                            && Checkpoint.parse(SignedNote.parse(answer.body()).text()).treeSize() >= leaves;
                });
        HttpResponse<String> audit = node.post(TestUsers.ADMIN, "/admin/ledger/audit", null);
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        JsonNode report = JSON.readTree(audit.body());
        assertThat(report.path("passed").asBoolean()).as(audit.body()).isTrue();
        assertThat(report.path("leavesChecked").asLong()).as(audit.body()).isEqualTo(leaves);
        return report;
    }

    /** @return the percentile (0..100) of the values, by nearest rank */
    static double percentile(List<Double> values, double percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
