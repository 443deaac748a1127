package accord.query.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import accord.messages.feed.EventType;
import accord.messages.ledger.LeafRecord;
import accord.query.feed.FeedFilter;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The subscriptions' table on the embedded database, migrated by its Flyway script: leases are
 * exclusive, what a node writes is fenced by its lease and the subscription's generation, the log
 * keeps the newest attempts. {@code SubscriptionsOnPostgreSqlIT} runs the same on PostgreSQL.
 */
class SubscriptionsTest {

    static final Instant T0 = Instant.parse("2025-10-29T09:00:00Z");
    static final Duration LEASE = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    Subscriptions subscriptions;
    JdbcTemplate jdbc;

    @BeforeEach
    void migrate() {
        DataSource dataSource = dataSource();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("drop all objects");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        subscriptions = new Subscriptions(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    /** @return a database migrated by the tests' vendor script; empty */
    DataSource dataSource() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:webhooks-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt())
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return h2;
    }

    @Test
    void storesTheFilterAndStartsActiveAfterThePositionAsked() {
        FeedFilter filter = new FeedFilter(Set.of("kr-blackrock-ai-datacentre-mou", "kr-us-technology-prosperity-deal"),
                Set.of(new EventType("MoUSigned", 1), new EventType("StatementRecorded", 1)));

        WebhookSubscription created = create("s1", filter, 41);

        assertThat(created.filter()).isEqualTo(filter);
        assertThat(created.state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(created.cursor()).isEqualTo(41);
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(subscriptions.list("integrator")).containsExactly(created);
        assertThat(subscriptions.list("someone-else")).isEmpty();
        assertThat(subscriptions.list(null)).containsExactly(created);
        assertThat(subscriptions.countOwnedBy("integrator")).isEqualTo(1);
    }

    @Test
    void onlySubscriptionsBehindTheLedgerAndPastTheirNextAttemptAreDue() {
        create("at-head", FeedFilter.ALL, 9);
        create("behind", FeedFilter.ALL, 5);

        assertThat(subscriptions.due(T0, 9, 10)).containsExactly("behind");
        assertThat(subscriptions.due(T0.minusMillis(1), 9, 10)).isEmpty();
        assertThat(subscriptions.nextAttempt(T0.minusSeconds(5), 9)).hasValue(T0);
        assertThat(subscriptions.nextAttempt(T0, 5)).isEmpty();
    }

    @Test
    void aSubscriptionIsLeasedByOneNodeAtATimeUntilItsLeaseEnds() {
        create("s1", FeedFilter.ALL, -1);

        LeasedSubscription first = subscriptions.lease("s1", "node-a", T0, T0.plus(LEASE)).orElseThrow();
        assertThat(subscriptions.lease("s1", "node-b", T0.plusSeconds(1), T0.plus(LEASE))).isEmpty();
        assertThat(subscriptions.due(T0.plusSeconds(1), 9, 10)).isEmpty();

        // node-a dies without giving the lease up; node-b takes it once it has ended.
        Instant ended = T0.plus(LEASE).plusMillis(1);
        LeasedSubscription second = subscriptions.lease("s1", "node-b", ended, ended.plus(LEASE)).orElseThrow();
        assertThat(second.node()).isEqualTo("node-b");
        assertThat(subscriptions.delivered(first, event(0), 1, ended, delivered(), ended.plus(LEASE))).isFalse();
        assertThat(subscriptions.find("s1").orElseThrow().cursor()).isEqualTo(-1);
        assertThat(subscriptions.delivered(second, event(0), 1, ended, delivered(), ended.plus(LEASE))).isTrue();
        assertThat(subscriptions.find("s1").orElseThrow().cursor()).isZero();

        subscriptions.release("s1", "node-a");
        assertThat(subscriptions.lease("s1", "node-c", ended, ended.plus(LEASE))).isEmpty();
        subscriptions.release("s1", "node-b");
        assertThat(subscriptions.lease("s1", "node-c", ended, ended.plus(LEASE))).isPresent();
        assertThat(subscriptions.releaseAll("node-c")).isEqualTo(1);
    }

    @Test
    void failuresAreCountedAndPutOffThenForgottenOnSuccess() {
        create("s1", FeedFilter.ALL, -1);
        LeasedSubscription leased = subscriptions.lease("s1", "node-a", T0, T0.plus(LEASE)).orElseThrow();

        subscriptions.failed(leased, event(0), 1, T0, DeliveryOutcome.answered(503, Duration.ofMillis(7)),
                T0.plusSeconds(4), null);
        WebhookSubscription waiting = subscriptions.find("s1").orElseThrow();
        assertThat(waiting.consecutiveFailures()).isEqualTo(1);
        assertThat(waiting.lastError()).isEqualTo("HTTP 503");
        assertThat(waiting.nextAttemptAt()).isEqualTo(T0.plusSeconds(4));
        assertThat(waiting.state()).isEqualTo(SubscriptionState.ACTIVE);
        subscriptions.release("s1", "node-a");
        assertThat(subscriptions.due(T0.plusSeconds(3), 9, 10)).isEmpty();
        assertThat(subscriptions.lease("s1", "node-a", T0.plusSeconds(3), T0.plus(LEASE))).isEmpty();

        LeasedSubscription again = subscriptions.lease("s1", "node-a", T0.plusSeconds(4), T0.plus(LEASE)).orElseThrow();
        subscriptions.delivered(again, event(0), 2, T0.plusSeconds(4), delivered(), T0.plus(LEASE));
        WebhookSubscription recovered = subscriptions.find("s1").orElseThrow();
        assertThat(recovered.consecutiveFailures()).isZero();
        assertThat(recovered.lastError()).isNull();
        assertThat(recovered.cursor()).isZero();
        assertThat(recovered.lastAttemptAt()).isEqualTo(T0.plusSeconds(4));

        List<DeliveryAttempt> log = subscriptions.deliveries("s1", null, 10);
        assertThat(log).extracting(DeliveryAttempt::attempt).containsExactly(2, 1);
        assertThat(log).extracting(DeliveryAttempt::delivered).containsExactly(true, false);
        assertThat(log.get(1).statusCode()).isEqualTo(503);
        assertThat(log.get(1).durationMillis()).isEqualTo(7);
        assertThat(log.get(0).eventId()).isEqualTo("event-0");
    }

    @Test
    void troubleOnThisSidePutsTheNextAttemptOffWithoutCountingAFailure() {
        create("s1", FeedFilter.ALL, -1);
        subscriptions.lease("s1", "node-a", T0, T0.plus(LEASE)).orElseThrow();

        subscriptions.postpone("s1", "node-b", T0.plusSeconds(60));
        subscriptions.postpone("s1", "node-a", T0.plusSeconds(5));

        WebhookSubscription later = subscriptions.find("s1").orElseThrow();
        assertThat(later.nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(later.consecutiveFailures()).isZero();
        assertThat(later.lastError()).isNull();
    }

    @Test
    void aPausedSubscriptionIsNeverLeasedUntilResumed() {
        create("s1", FeedFilter.ALL, -1);
        LeasedSubscription leased = subscriptions.lease("s1", "node-a", T0, T0.plus(LEASE)).orElseThrow();
        subscriptions.failed(leased, event(0), 8, T0, DeliveryOutcome.failed("could not connect", Duration.ZERO), T0,
                "8 consecutive failed attempts");
        subscriptions.release("s1", "node-a");

        WebhookSubscription paused = subscriptions.find("s1").orElseThrow();
        assertThat(paused.state()).isEqualTo(SubscriptionState.PAUSED);
        assertThat(paused.stateReason()).isEqualTo("8 consecutive failed attempts");
        assertThat(paused.stateSince()).isEqualTo(T0);
        assertThat(subscriptions.due(T0.plusSeconds(60), 9, 10)).isEmpty();
        assertThat(subscriptions.lease("s1", "node-a", T0.plusSeconds(60), T0.plus(LEASE))).isEmpty();

        WebhookSubscription resumed = subscriptions.resume("s1", T0.plusSeconds(61)).orElseThrow();
        assertThat(resumed.state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(resumed.stateReason()).isNull();
        assertThat(resumed.consecutiveFailures()).isZero();
        assertThat(resumed.generation()).isEqualTo(paused.generation() + 1);
        assertThat(subscriptions.due(T0.plusSeconds(61), 9, 10)).containsExactly("s1");
    }

    @Test
    void aReplayFencesOffTheNodeThatWasDeliveringFromTheOldCursor() {
        create("s1", FeedFilter.ALL, -1);
        LeasedSubscription leased = subscriptions.lease("s1", "node-a", T0, T0.plus(LEASE)).orElseThrow();
        subscriptions.delivered(leased, event(0), 1, T0, delivered(), T0.plus(LEASE));
        subscriptions.delivered(leased, event(1), 1, T0, delivered(), T0.plus(LEASE));

        subscriptions.replay("s1", -1, T0.plusSeconds(1));

        // node-a comes back from a request it sent before the replay: it may neither move the cursor nor count a failure.
        assertThat(subscriptions.delivered(leased, event(2), 1, T0.plusSeconds(2), delivered(), T0.plus(LEASE)))
                .isFalse();
        subscriptions.failed(leased, event(2), 1, T0.plusSeconds(2), DeliveryOutcome.answered(500, Duration.ZERO),
                T0.plusSeconds(9), "paused");
        assertThat(subscriptions.skipTo(leased, 9, T0.plus(LEASE))).isFalse();
        WebhookSubscription replayed = subscriptions.find("s1").orElseThrow();
        assertThat(replayed.cursor()).isEqualTo(-1);
        assertThat(replayed.state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(replayed.consecutiveFailures()).isZero();
        // What happened is still in the log.
        assertThat(subscriptions.deliveries("s1", null, 10)).hasSize(4);
    }

    @Test
    void skippingFilteredPositionsNeverMovesTheCursorBack() {
        create("s1", FeedFilter.ALL, 7);
        LeasedSubscription leased = subscriptions.lease("s1", "node-a", T0, T0.plus(LEASE)).orElseThrow();

        assertThat(subscriptions.skipTo(leased, 12, T0.plus(LEASE))).isTrue();
        assertThat(subscriptions.skipTo(leased, 10, T0.plus(LEASE))).isTrue();

        assertThat(subscriptions.find("s1").orElseThrow().cursor()).isEqualTo(12);
    }

    @Test
    void theLogKeepsTheNewestAttemptsAndPagesBackwards() {
        create("s1", FeedFilter.ALL, -1);
        LeasedSubscription leased = subscriptions.lease("s1", "node-a", T0, T0.plus(LEASE)).orElseThrow();
        for (int position = 0; position < 10; position++) {
            subscriptions.delivered(leased, event(position), 1, T0, delivered(), T0.plus(LEASE));
        }

        subscriptions.prune("s1", 4);

        List<DeliveryAttempt> log = subscriptions.deliveries("s1", null, 10);
        assertThat(log).extracting(DeliveryAttempt::position).containsExactly(9L, 8L, 7L, 6L);
        assertThat(subscriptions.deliveries("s1", log.get(1).id(), 10)).extracting(DeliveryAttempt::position)
                .containsExactly(7L, 6L);
        subscriptions.prune("s1", 4);
        assertThat(subscriptions.deliveries("s1", null, 10)).hasSize(4);
    }

    @Test
    void aDeletedSubscriptionTakesItsLogAndAnAttemptUnderWayIsDropped() {
        create("s1", FeedFilter.ALL, -1);
        LeasedSubscription leased = subscriptions.lease("s1", "node-a", T0, T0.plus(LEASE)).orElseThrow();
        subscriptions.delivered(leased, event(0), 1, T0, delivered(), T0.plus(LEASE));

        assertThat(subscriptions.delete("s1")).isTrue();

        assertThat(subscriptions.delivered(leased, event(1), 1, T0, delivered(), T0.plus(LEASE))).isFalse();
        assertThat(subscriptions.find("s1")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from webhook_delivery", Integer.class)).isZero();
        assertThat(subscriptions.delete("s1")).isFalse();
    }

    @Test
    void aRotatedOutSecretSignsBesideTheNewOneUntilItsOverlapEnds() {
        WebhookSecret first = WebhookSecret.generate(RANDOM);
        subscriptions.create("s1", "integrator", "https://hooks.example.org/accord", FeedFilter.ALL, first, -1, T0);
        WebhookSecret second = WebhookSecret.generate(RANDOM);

        assertThat(subscriptions.rotateSecret("s1", second, T0.plusSeconds(60))).isTrue();

        assertThat(subscriptions.lease("s1", "node-a", T0, T0.plus(LEASE)).orElseThrow().secrets())
                .containsExactly(second, first);
        subscriptions.release("s1", "node-a");
        assertThat(subscriptions.lease("s1", "node-a", T0.plusSeconds(61), T0.plus(LEASE)).orElseThrow().secrets())
                .containsExactly(second);
        assertThat(subscriptions.rotateSecret("no-such", second, T0)).isFalse();
    }

    private WebhookSubscription create(String id, FeedFilter filter, long after) {
        return subscriptions.create(id, "integrator", "https://hooks.example.org/accord", filter,
                WebhookSecret.generate(RANDOM), after, T0);
    }

    private static LeafRecord event(long position) {
        return new LeafRecord(position, "event-" + position, "kr-blackrock-ai-datacentre-mou", position,
                "accord.messages.events.StatementRecorded", null, "2025-10-29T09:00:00Z", "clerk", null, null,
                Map.of("text", "statement " + position));
    }

    private static DeliveryOutcome delivered() {
        return DeliveryOutcome.answered(204, Duration.ofMillis(3));
    }
}
