package accord.benchmark;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The baseline: what appending one event to an event-sourced stream costs in plain JDBC. Its
 * table has the shape of Axon's {@code domain_event_entry} (a global sequence, a unique event
 * id, a unique stream and sequence number, {@code bytea} payload and metadata), and each
 * command is one transaction that reads the stream's latest events and inserts the next one.
 * Two clients that read the same last sequence number collide on the unique key; the loser is
 * a conflict, as in the service.
 */
final class JdbcWorkload implements AutoCloseable {

    private static final String SCHEMA = """
            create table baseline.bench_event (
                global_index bigserial primary key,
                event_id varchar(255) not null unique,
                stream_id varchar(255) not null,
                seq bigint not null,
                type varchar(255) not null,
                recorded_at varchar(255) not null,
                payload_type varchar(255) not null,
                payload_revision varchar(255),
                payload bytea not null,
                metadata bytea,
                unique (stream_id, seq))
            """;
    private static final String INSERT = """
            insert into baseline.bench_event
                (event_id, stream_id, seq, type, recorded_at, payload_type, payload_revision, payload, metadata)
            values (?, ?, ?, 'Agreement', ?, ?, null, ?, ?)
            """;
    private static final String UNIQUE_VIOLATION = "23505";

    private final HikariDataSource pool;
    private final String read;
    private final int readLimit;
    private final int streams;

    /**
     * @param readLimit how many of the latest events each command reads; 0 reads the whole
     *     stream, as a load without snapshots does
     */
    JdbcWorkload(ScratchDatabase database, Options.Server server, int poolSize, int readLimit, int streams) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(poolSize);
        config.setAutoCommit(false);
        config.setPoolName("baseline");
        this.pool = new HikariDataSource(config);
        this.readLimit = readLimit;
        this.streams = streams;
        this.read = readLimit > 0
                ? "select seq, payload_type, payload, metadata from baseline.bench_event"
                        + " where stream_id = ? order by seq desc limit " + readLimit
                : "select seq, payload_type, payload, metadata from baseline.bench_event"
                        + " where stream_id = ? order by seq asc";
    }

    /** Creates the table and starts every stream with one event, as signing an MoU does. */
    void createStreams() throws SQLException {
        try (Connection connection = pool.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                // its own schema: the service's Flyway refuses a non-empty public schema
                statement.execute("create schema baseline");
                statement.execute(SCHEMA);
            }
            for (int s = 1; s <= streams; s++) {
                append(connection, HttpWorkload.agreementId(s), 0, payload("MoUSigned", "stream " + s));
            }
            connection.commit();
        }
    }

    Client client(int index) {
        SplittableRandom random = new SplittableRandom(index);
        int[] sent = {0};
        return () -> {
            String stream = HttpWorkload.agreementId(1 + random.nextInt(streams));
            String taskForce = "tf-" + index + "-" + sent[0]++;
            try (Connection connection = pool.getConnection()) {
                try {
                    long last = lastSequence(connection, stream);
                    append(connection, stream, last + 1, payload("TaskForceFormed", taskForce));
                    connection.commit();
                    return Outcome.RECORDED;
                } catch (SQLException e) {
                    connection.rollback();
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return Outcome.CONFLICTED;
                    }
                    throw e;
                }
            }
        };
    }

    private long lastSequence(Connection connection, String stream) throws SQLException {
        long last = -1;
        long bytes = 0;
        try (PreparedStatement statement = connection.prepareStatement(read)) {
            statement.setString(1, stream);
            try (ResultSet rows = statement.executeQuery()) {
                boolean first = true;
                while (rows.next()) {
                    long seq = rows.getLong(1);
                    if (readLimit == 0 || first) {
                        last = Math.max(last, seq);
                    }
                    first = false;
                    bytes += rows.getString(2).length() + rows.getBytes(3).length + rows.getBytes(4).length;
                }
            }
        }
        if (bytes == 0) {
            throw new IllegalStateException("Stream " + stream + " has no events");
        }
        return last;
    }

    private static void append(Connection connection, String stream, long seq, byte[] payload)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, stream);
            statement.setLong(3, seq);
            statement.setString(4, Instant.now().toString());
            statement.setString(5, "accord.messages.events.TaskForceFormed");
            statement.setBytes(6, payload);
            statement.setBytes(7, ("{\"recordedBy\":\"clerk\",\"correlationId\":\"" + UUID.randomUUID()
                    + "\",\"traceId\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8));
            statement.executeUpdate();
        }
    }

    /** About 1 KiB of JSON, the size of a task force event with its sources. */
    static byte[] payload(String event, String name) {
        String json = "{\"event\":\"" + event + "\",\"agreementId\":\"bench\",\"name\":\"" + name + "\","
                + "\"members\":[\"KR\"],\"mandate\":\"" + HttpWorkload.MANDATE + "\","
                + "\"occurredOn\":{\"date\":\"2025-10-01\",\"precision\":\"DAY\"},"
                + "\"sources\":[" + CommandBodies.SOURCE + "]}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        pool.close();
    }
}
