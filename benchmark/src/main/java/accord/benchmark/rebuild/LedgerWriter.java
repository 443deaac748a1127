package accord.benchmark.rebuild;

import accord.messages.events.AgreementEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes a generated ledger straight into {@code domain_event_entry}, row by row as Axon's
 * {@code JdbcEventStorageEngine} with the Jackson serializer writes them: the event record's JSON
 * as payload, its class name as payload type, no revision, the recording metadata as JSON, the
 * aggregate type {@code Agreement} and the timestamp as ISO-8601 text with milliseconds.
 * Agreements receive their events interleaved, a few at a time, as a ledger in use does.
 */
final class LedgerWriter {

    static final String HISTORY_AGREEMENT = "rebuild-history";
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;
    private static final Instant FIRST_RECORDED = Instant.parse("2025-09-22T09:00:00Z");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String INSERT = "insert into domain_event_entry (event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
            + " values (?, ?, ?, 'Agreement', ?, ?, null, ?, ?)";

    private final ObjectMapper json = new ObjectMapper();
    private final RebuildOptions options;

    LedgerWriter(RebuildOptions options) {
        this.options = options;
    }

    /**
     * @param connection where the events go; committed as it goes
     * @return what every agreement's state must show after a rebuild, the long history first
     */
    List<Expectation> write(Connection connection) throws SQLException, java.io.IOException {
        SplittableRandom random = new SplittableRandom(20250922);
        List<Integer> sizes = sizes(random);
        List<AgreementStory> active = new ArrayList<>();
        List<Expectation> expectations = new ArrayList<>(sizes.size());
        int started = 0;
        long written = 0;
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            while (written < options.events()) {
                while (active.size() < options.activeAgreements() && started < sizes.size()) {
                    String id = started == 0 ? HISTORY_AGREEMENT : String.format("rebuild-%06d", started);
                    active.add(new AgreementStory(started, id, sizes.get(started)));
                    expectations.add(null);
                    started++;
                }
                int slot = random.nextInt(active.size());
                AgreementStory story = active.get(slot);
                int sequence = story.nextSequence();
                AgreementEvent event = story.next(random);
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, story.id());
                insert.setLong(3, sequence);
                insert.setString(4, TIMESTAMP.format(FIRST_RECORDED.plusMillis(250 * written)));
                insert.setString(5, event.getClass().getName());
                insert.setBytes(6, json.writeValueAsBytes(event));
                insert.setBytes(7, json.writeValueAsBytes(metadata()));
                insert.addBatch();
                written++;
                if (written % BATCH == 0) {
                    insert.executeBatch();
                }
                if (written % COMMIT_EVERY == 0) {
                    connection.commit();
                }
                if (story.finished()) {
                    expectations.set(story.index(), story.expectation());
                    active.remove(slot);
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return expectations;
    }

    /** The long history first, then agreements of 20 to 2 × mean − 20 events, the last one taking what is left. */
    private List<Integer> sizes(SplittableRandom random) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(options.historyEvents());
        long left = options.events() - options.historyEvents();
        int mean = options.meanAgreementEvents();
        while (left > 0) {
            int size = (int) Math.min(left, 20 + random.nextInt(2 * mean - 39));
            sizes.add(size);
            left -= size;
        }
        return sizes;
    }

    private static Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("causationId", UUID.randomUUID().toString());
        metadata.put("recordedBy", "clerk");
        metadata.put("correlationId", UUID.randomUUID().toString());
        return metadata;
    }
}
