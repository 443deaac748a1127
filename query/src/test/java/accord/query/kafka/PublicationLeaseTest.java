package accord.query.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lease that lets one node publish at a time, and the published position, on the embedded
 * database with its V9 script; {@link PublicationLeaseOnPostgreSqlIT} runs the same on PostgreSQL.
 */
class PublicationLeaseTest {

    private static final String TOPIC = "accord.agreement-events";
    private static final Duration LEASE = Duration.ofSeconds(30);

    JdbcTemplate jdbc;

    @BeforeEach
    void createTheTable() throws IOException {
        jdbc = new JdbcTemplate(dataSource());
        jdbc.execute("drop table if exists kafka_publication");
        try (InputStream script = getClass().getClassLoader().getResourceAsStream(
                "db/migration/" + vendor() + "/V9__kafka_publication.sql")) {
            jdbc.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** @return the database to run on */
    DataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    /** @return the Flyway vendor folder of its scripts */
    String vendor() {
        return "h2";
    }

    @Test
    void theFirstNodeToClaimTheLeaseHoldsIt() {
        PublicationLease first = lease("first", LEASE);
        PublicationLease second = lease("second", LEASE);

        assertThat(first.claim()).isTrue();
        assertThat(second.claim()).isFalse();
        assertThat(first.claim()).as("renewed").isTrue();
        assertThat(second.read().leader()).isEqualTo("first");
    }

    @Test
    void anotherNodeTakesTheLeaseOnceItLapses() throws InterruptedException {
        PublicationLease first = lease("first", Duration.ofMillis(200));
        PublicationLease second = lease("second", LEASE);
        assertThat(first.claim()).isTrue();

        Thread.sleep(400);

        assertThat(second.claim()).isTrue();
        assertThat(first.claim()).isFalse();
    }

    @Test
    void aReleasedLeaseIsFreeAtOnce() {
        PublicationLease first = lease("first", LEASE);
        PublicationLease second = lease("second", LEASE);
        assertThat(first.claim()).isTrue();

        second.release();
        assertThat(second.claim()).as("only the holder can release it").isFalse();
        first.release();

        assertThat(second.claim()).isTrue();
    }

    @Test
    void thePublishedPositionStartsBeforeTheFirstEventAndNeverMovesBack() {
        PublicationLease lease = lease("first", LEASE);
        assertThat(lease.read().position()).isEqualTo(-1);
        lease.claim();
        assertThat(lease.read().position()).isEqualTo(-1);
        assertThat(lease.read().publishedAt()).isNull();

        lease.published(41);
        lease.published(7);

        assertThat(lease.read().position()).isEqualTo(41);
        assertThat(lease.read().publishedAt()).isNotNull();
    }

    @Test
    void eachTopicHasItsOwnLeaseAndPosition() {
        PublicationLease one = lease("first", LEASE);
        PublicationLease other = new PublicationLease(jdbc, "another.topic", "second", LEASE);

        assertThat(one.claim()).isTrue();
        assertThat(other.claim()).isTrue();
        one.published(3);

        assertThat(other.read().position()).isEqualTo(-1);
    }

    private PublicationLease lease(String holder, Duration duration) {
        return new PublicationLease(jdbc, TOPIC, holder, duration);
    }
}
