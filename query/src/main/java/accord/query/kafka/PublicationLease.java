package accord.query.kafka;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A topic's row in {@code kafka_publication} (Flyway V9): the lease that lets one node publish at a
 * time, and the position published so far, as seen by this node.
 *
 * <p>The lease is a conditional update judged by the database's clock, so the nodes' clocks do not
 * matter. It only keeps nodes from taking turns needlessly: a node that pauses longer than the
 * lease may publish once more when it wakes, and what keeps that from duplicating events is the
 * producer's fencing, not the lease.
 */
public class PublicationLease {

    private final JdbcTemplate jdbc;
    private final String topic;
    private final String holder;
    private final Duration duration;

    /**
     * @param jdbc     the ledger's database
     * @param topic    the topic the row is for
     * @param holder   this node's name, unique among the nodes (a new one each start)
     * @param duration how long a claim lasts unless renewed
     */
    public PublicationLease(JdbcTemplate jdbc, String topic, String holder, Duration duration) {
        this.jdbc = jdbc;
        this.topic = topic;
        this.holder = holder;
        this.duration = duration;
    }

    /** @return this node's name */
    public String holder() {
        return holder;
    }

    /**
     * Claims the lease, or renews it when this node holds it.
     *
     * @return whether this node holds it now, for {@code duration} from now
     */
    public boolean claim() {
        jdbc.update("insert into kafka_publication (topic, position) values (?, -1) on conflict do nothing", topic);
        return jdbc.update("""
                update kafka_publication
                   set leader = ?, lease_until = current_timestamp + cast(? as integer) * interval '0.001' second
                 where topic = ? and (leader is null or leader = ? or lease_until < current_timestamp)""",
                holder, Math.toIntExact(duration.toMillis()), topic, holder) == 1;
    }

    /** Gives the lease up, when this node holds it, so another node need not wait for it to lapse. */
    public void release() {
        jdbc.update("update kafka_publication set leader = null, lease_until = null where topic = ? and leader = ?",
                topic, holder);
    }

    /**
     * Records that every event up to this position is published in a committed transaction. The
     * position never moves back.
     */
    public void published(long position) {
        jdbc.update("""
                update kafka_publication
                   set position = greatest(position, cast(? as bigint)), published_at = current_timestamp
                 where topic = ?""", position, topic);
    }

    /** @return the row as it is now; position -1 and no leader before any node has claimed it */
    public PublicationRow read() {
        List<PublicationRow> rows = jdbc.query(
                "select position, published_at, leader from kafka_publication where topic = ?",
                (rs, row) -> {
                    OffsetDateTime publishedAt = rs.getObject("published_at", OffsetDateTime.class);
                    return new PublicationRow(rs.getLong("position"),
                            publishedAt == null ? null : publishedAt.toInstant(), rs.getString("leader"));
                }, topic);
        return rows.isEmpty() ? new PublicationRow(-1, null, null) : rows.get(0);
    }
}
