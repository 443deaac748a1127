package accord.benchmark.rebuild;

import accord.messages.events.AgreementEvent;
import accord.messages.ledger.LeafRecord;
import accord.messages.recording.RecordingMetadata;
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
import java.util.stream.IntStream;

/**
 * Writes a generated, notarised ledger straight into the database, as the service's append does:
 * each event into {@code domain_event_entry}, row by row as Axon's {@code JdbcEventStorageEngine}
 * with the Jackson serializer writes them (the event record's JSON as payload, its class name as
 * payload type, no revision, the recording metadata as JSON, the aggregate type {@code Agreement}
 * and the timestamp as ISO-8601 text with milliseconds), with its ledger position in the metadata
 * ({@code ledgerPosition}, decimal text); its leaf into {@code ledger_leaf}, hashed by
 * {@link LeafRecord#fromStored} from exactly the values inserted, as the service's notary and its
 * self-audit compute it; and at the end the number of leaves into {@code ledger_head}. Positions
 * follow insertion order, so they agree with Axon's global index. Agreements receive their events
 * interleaved, a few at a time, as a ledger in use does.
 */
public final class LedgerWriter {

    /** The agreement with the long history. */
    public static final String HISTORY_AGREEMENT = "rebuild-history";
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;
    private static final Instant FIRST_RECORDED = Instant.parse("2025-09-22T09:00:00Z");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String PAYLOAD_REVISION = null;
    private static final String INSERT = "insert into domain_event_entry (event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
            + " values (?, ?, ?, 'Agreement', ?, ?, null, ?, ?)";
    private static final String INSERT_LEAF = "insert into ledger_leaf (position, event_identifier, leaf_hash)"
            + " values (?, ?, ?)";

    /** Told each leaf hash as it is written, in position order. */
    @FunctionalInterface
    public interface LeafHashes {

        /**
         * @param position the leaf's ledger position
         * @param leafHash its 32-byte hash
         */
        void written(long position, byte[] leafHash);
    }

    private final ObjectMapper json = new ObjectMapper();
    private final int events;
    private final int meanAgreementEvents;
    private final int activeAgreements;
    private final int historyEvents;

    /**
     * @param events events in the ledger, the long history included
     * @param meanAgreementEvents the mean size of the other agreements (sizes 20 to 2 × mean − 20)
     * @param activeAgreements agreements whose events interleave at any time
     * @param historyEvents events of the agreement {@link #HISTORY_AGREEMENT}
     */
    public LedgerWriter(int events, int meanAgreementEvents, int activeAgreements, int historyEvents) {
        this.events = events;
        this.meanAgreementEvents = meanAgreementEvents;
        this.activeAgreements = activeAgreements;
        this.historyEvents = historyEvents;
    }

    LedgerWriter(RebuildOptions options) {
        this(options.events(), options.meanAgreementEvents(), options.activeAgreements(), options.historyEvents());
    }

    /**
     * @param connection where the events go; committed as it goes. The ledger must be empty.
     * @return what every agreement's state must show after a rebuild, the long history first
     */
    List<Expectation> write(Connection connection) throws SQLException, java.io.IOException {
        return write(connection, (position, leafHash) -> { });
    }

    /**
     * @param connection where the events go; committed as it goes. The ledger must be empty.
     * @param leafHashes told every leaf hash written
     * @return what every agreement's state must show after a rebuild, the long history first
     */
    public List<Expectation> write(Connection connection, LeafHashes leafHashes)
            throws SQLException, java.io.IOException {
        SplittableRandom random = new SplittableRandom(20250922);
        List<Integer> sizes = sizes(random);
        List<AgreementStory> active = new ArrayList<>();
        List<Expectation> expectations = new ArrayList<>(sizes.size());
        Row[] rows = new Row[BATCH];
        int pending = 0;
        int started = 0;
        long written = 0;
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
                PreparedStatement insertLeaf = connection.prepareStatement(INSERT_LEAF)) {
            requireEmptyLedger(connection);
            while (written < events) {
                while (active.size() < activeAgreements && started < sizes.size()) {
                    String id = started == 0 ? HISTORY_AGREEMENT : String.format("rebuild-%06d", started);
                    active.add(new AgreementStory(started, id, sizes.get(started)));
                    expectations.add(null);
                    started++;
                }
                int slot = random.nextInt(active.size());
                AgreementStory story = active.get(slot);
                int sequence = story.nextSequence();
                AgreementEvent event = story.next(random);
                rows[pending++] = new Row(written, UUID.randomUUID().toString(), story.id(), sequence,
                        TIMESTAMP.format(FIRST_RECORDED.plusMillis(250 * written)), event.getClass().getName(),
                        json.writeValueAsBytes(event), json.writeValueAsBytes(metadata(written)));
                written++;
                if (pending == BATCH || written == events) {
                    flush(rows, pending, insert, insertLeaf, leafHashes);
                    pending = 0;
                }
                if (written % COMMIT_EVERY == 0) {
                    connection.commit();
                }
                if (story.finished()) {
                    expectations.set(story.index(), story.expectation());
                    active.remove(slot);
                }
            }
            try (PreparedStatement head = connection.prepareStatement("update ledger_head set size = ? where id = 1")) {
                head.setLong(1, written);
                if (head.executeUpdate() != 1) {
                    throw new IllegalStateException("ledger_head has no row: was the schema created by the service?");
                }
            }
            connection.commit();
        }
        return expectations;
    }

    /**
     * Inserts the events, then their leaves (which reference them), in two batches. The leaves are
     * hashed on every core first: one leaf costs a JSON parse, a canonical write and a SHA-256.
     */
    private static void flush(Row[] rows, int count, PreparedStatement insert, PreparedStatement insertLeaf,
                              LeafHashes leafHashes) throws SQLException {
        byte[][] hashes = new byte[count][];
        IntStream.range(0, count).parallel().forEach(i -> hashes[i] = rows[i].leafHash());
        for (int i = 0; i < count; i++) {
            Row row = rows[i];
            insert.setString(1, row.eventId());
            insert.setString(2, row.agreementId());
            insert.setLong(3, row.sequence());
            insert.setString(4, row.timeStamp());
            insert.setString(5, row.payloadType());
            insert.setBytes(6, row.payload());
            insert.setBytes(7, row.metaData());
            insert.addBatch();
        }
        insert.executeBatch();
        for (int i = 0; i < count; i++) {
            insertLeaf.setLong(1, rows[i].position());
            insertLeaf.setString(2, rows[i].eventId());
            insertLeaf.setBytes(3, hashes[i]);
            insertLeaf.addBatch();
            leafHashes.written(rows[i].position(), hashes[i]);
        }
        insertLeaf.executeBatch();
    }

    /**
     * Moves every processor's token to the head of the ledger, as if it had followed the ledger as
     * it was written: the service then starts with its projections caught up, as a ledger in use
     * has them, rather than spending minutes of CPU replaying the whole ledger.
     *
     * @param connection on the ledger's database, in auto-commit mode
     * @param head the largest {@code global_index} written
     */
    public static void skipFirstCatchUp(Connection connection, long head) throws java.sql.SQLException {
        try (var update = connection.prepareStatement("update token_entry set token = ?, token_type = ?, owner = null")) {
            update.setBytes(1, ("{\"index\":" + head + ",\"gaps\":[]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            update.setString(2, "org.axonframework.eventhandling.GapAwareTrackingToken");
            if (update.executeUpdate() == 0) {
                throw new IllegalStateException("The service's first start left no tokens in token_entry");
            }
        }
    }

    private static void requireEmptyLedger(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select size from ledger_head where id = 1")) {
            if (!result.next() || result.getLong(1) != 0) {
                throw new IllegalStateException("The ledger is not empty: its positions would not start at 0");
            }
        }
    }

    /** The long history first, then agreements of 20 to 2 × mean − 20 events, the last one taking what is left. */
    private List<Integer> sizes(SplittableRandom random) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(historyEvents);
        long left = events - historyEvents;
        int mean = meanAgreementEvents;
        while (left > 0) {
            int size = (int) Math.min(left, 20 + random.nextInt(2 * mean - 39));
            sizes.add(size);
            left -= size;
        }
        return sizes;
    }

    /** As the service records it: who, the request's and the command's ids, and the position as text. */
    private static Map<String, String> metadata(long position) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(RecordingMetadata.CAUSATION_ID, UUID.randomUUID().toString());
        metadata.put(RecordingMetadata.RECORDED_BY, "clerk");
        metadata.put(RecordingMetadata.CORRELATION_ID, UUID.randomUUID().toString());
        metadata.put(RecordingMetadata.LEDGER_POSITION, Long.toString(position));
        return metadata;
    }

    /** One event row exactly as inserted, and its position. */
    private record Row(long position, String eventId, String agreementId, long sequence, String timeStamp,
                       String payloadType, byte[] payload, byte[] metaData) {

        byte[] leafHash() {
            return LeafRecord.fromStored(position, eventId, agreementId, sequence, payloadType, PAYLOAD_REVISION,
                    timeStamp, payload, metaData).leafHash();
        }
    }
}
