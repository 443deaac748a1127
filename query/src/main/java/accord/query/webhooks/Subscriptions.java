package accord.query.webhooks;

import accord.messages.feed.EventType;
import accord.messages.ledger.LeafRecord;
import accord.query.feed.FeedFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The subscriptions and their delivery logs ({@code webhook_subscription}, {@code webhook_delivery}).
 *
 * <p>What the dispatcher writes is fenced: it changes a subscription only while it holds the lease
 * and the subscription is at the generation it leased, so a node that lost its lease, or delivered
 * while the API replayed or paused the subscription, cannot move the cursor afterwards.
 */
public class Subscriptions {

    private static final String COLUMNS = "id, owner, target_url, agreement_ids, event_types, state, state_reason, "
            + "state_since, cursor_position, consecutive_failures, next_attempt_at, last_attempt_at, last_error, "
            + "created_at, generation";
    private static final String FENCE = " where id = ? and lease_owner = ? and generation = ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public Subscriptions(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Stores a new, active subscription.
     *
     * @param id     its id
     * @param owner  who creates it
     * @param url    where events go
     * @param filter which events
     * @param secret what deliveries are signed with
     * @param after  the position delivery starts after
     * @param now    the time
     * @return the subscription
     */
    public WebhookSubscription create(String id, String owner, String url, FeedFilter filter, WebhookSecret secret,
                                      long after, Instant now) {
        OffsetDateTime at = time(now);
        jdbc.update("insert into webhook_subscription (id, owner, target_url, agreement_ids, event_types, secret, "
                        + "state, state_since, cursor_position, consecutive_failures, next_attempt_at, generation, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0, ?, 0, ?)",
                id, owner, url, String.join(" ", filter.agreementIds().stream().sorted().toList()),
                typesText(filter.types()), secret.text(), at, after, at, at);
        return find(id).orElseThrow();
    }

    /** @return the subscription, or empty when there is none with this id */
    public Optional<WebhookSubscription> find(String id) {
        return jdbc.query("select " + COLUMNS + " from webhook_subscription where id = ?",
                (rs, row) -> subscription(rs), id).stream().findFirst();
    }

    /**
     * @param owner whose subscriptions; null for everyone's
     * @return the subscriptions, oldest first
     */
    public List<WebhookSubscription> list(String owner) {
        return owner == null
                ? jdbc.query("select " + COLUMNS + " from webhook_subscription order by created_at, id",
                        (rs, row) -> subscription(rs))
                : jdbc.query("select " + COLUMNS + " from webhook_subscription where owner = ? order by created_at, id",
                        (rs, row) -> subscription(rs), owner);
    }

    /** @return how many subscriptions the owner has */
    public int countOwnedBy(String owner) {
        return jdbc.queryForObject("select count(*) from webhook_subscription where owner = ?", Integer.class, owner);
    }

    /** Deletes the subscription and its delivery log. @return whether there was one */
    public boolean delete(String id) {
        return jdbc.update("delete from webhook_subscription where id = ?", id) == 1;
    }

    /**
     * Moves the cursor, back or forward, and delivers from there at once: an active subscription
     * stays active, a paused one is resumed, failures are forgotten.
     *
     * @return the subscription, or empty when there is none
     */
    public Optional<WebhookSubscription> replay(String id, long after, Instant now) {
        OffsetDateTime at = time(now);
        jdbc.update("update webhook_subscription set cursor_position = ?, state = 'ACTIVE', state_reason = null, "
                + "state_since = case when state = 'ACTIVE' then state_since else ? end, consecutive_failures = 0, "
                + "last_error = null, next_attempt_at = ?, generation = generation + 1 where id = ?", after, at, at, id);
        return find(id);
    }

    /**
     * Resumes a paused subscription, or retries an active one now instead of after its backoff;
     * failures are forgotten, the cursor stays.
     *
     * @return the subscription, or empty when there is none
     */
    public Optional<WebhookSubscription> resume(String id, Instant now) {
        OffsetDateTime at = time(now);
        jdbc.update("update webhook_subscription set state = 'ACTIVE', state_reason = null, "
                + "state_since = case when state = 'ACTIVE' then state_since else ? end, consecutive_failures = 0, "
                + "last_error = null, next_attempt_at = ?, generation = generation + 1 where id = ?", at, at, id);
        return find(id);
    }

    /**
     * Pauses an active subscription; a paused one keeps its reason.
     *
     * @return the subscription, or empty when there is none
     */
    public Optional<WebhookSubscription> pause(String id, String reason, Instant now) {
        jdbc.update("update webhook_subscription set state = 'PAUSED', state_reason = ?, state_since = ?, "
                + "generation = generation + 1 where id = ? and state = 'ACTIVE'", reason, time(now), id);
        return find(id);
    }

    /**
     * Signs with a new secret from now on, and with the current one beside it until {@code previousUntil}.
     *
     * @return whether there is such a subscription
     */
    public boolean rotateSecret(String id, WebhookSecret next, Instant previousUntil) {
        return jdbc.update("update webhook_subscription set previous_secret = secret, previous_secret_until = ?, "
                + "secret = ? where id = ?", time(previousUntil), next.text(), id) == 1;
    }

    /**
     * @param id     the subscription
     * @param before only attempts older than this one; null for the newest
     * @param limit  at most this many
     * @return attempts, newest first
     */
    public List<DeliveryAttempt> deliveries(String id, Long before, int limit) {
        return jdbc.query("select id, position, event_id, attempt, attempted_at, status_code, error, duration_ms, "
                        + "delivered from webhook_delivery where subscription_id = ? and id < ? order by id desc limit ?",
                (rs, row) -> new DeliveryAttempt(rs.getLong("id"), rs.getLong("position"), rs.getString("event_id"),
                        rs.getInt("attempt"), instant(rs, "attempted_at"),
                        rs.getObject("status_code") == null ? null : rs.getInt("status_code"), rs.getString("error"),
                        rs.getLong("duration_ms"), rs.getBoolean("delivered")),
                id, before == null ? Long.MAX_VALUE : before, limit);
    }

    /**
     * @param now          the time
     * @param lastPosition the ledger's last position: subscriptions delivered up to it are not due
     * @param limit        at most this many
     * @return ids of active subscriptions with events to deliver, whose next attempt is due and
     *     whose lease is free, the longest waiting first
     */
    public List<String> due(Instant now, long lastPosition, int limit) {
        OffsetDateTime at = time(now);
        return jdbc.queryForList("select id from webhook_subscription where state = 'ACTIVE' and next_attempt_at <= ? "
                        + "and cursor_position < ? and (lease_until is null or lease_until < ?) "
                        + "order by next_attempt_at limit ?",
                String.class, at, lastPosition, at, limit);
    }

    /**
     * @return when the next subscription that has events to deliver and is not leased becomes due,
     *     or empty when none is waiting
     */
    public Optional<Instant> nextAttempt(Instant now, long lastPosition) {
        OffsetDateTime next = jdbc.queryForObject("select min(next_attempt_at) from webhook_subscription "
                        + "where state = 'ACTIVE' and cursor_position < ? and (lease_until is null or lease_until < ?)",
                OffsetDateTime.class, lastPosition, time(now));
        return Optional.ofNullable(next).map(OffsetDateTime::toInstant);
    }

    /**
     * Takes the lease of a due subscription, unless another node holds it.
     *
     * @param node  this node
     * @param until when the lease ends unless renewed
     * @return the subscription with its secrets, or empty when it is not due or not free
     */
    public Optional<LeasedSubscription> lease(String id, String node, Instant now, Instant until) {
        OffsetDateTime at = time(now);
        int taken = jdbc.update("update webhook_subscription set lease_owner = ?, lease_until = ? where id = ? "
                        + "and state = 'ACTIVE' and next_attempt_at <= ? "
                        + "and (lease_until is null or lease_until < ? or lease_owner = ?)",
                node, time(until), id, at, at, node);
        if (taken == 0) {
            return Optional.empty();
        }
        return jdbc.query("select " + COLUMNS + ", secret, previous_secret, previous_secret_until "
                + "from webhook_subscription where id = ? and lease_owner = ?", (rs, row) -> {
                    List<WebhookSecret> secrets = new ArrayList<>();
                    secrets.add(new WebhookSecret(rs.getString("secret")));
                    Instant previousUntil = instant(rs, "previous_secret_until");
                    if (rs.getString("previous_secret") != null && previousUntil != null && previousUntil.isAfter(now)) {
                        secrets.add(new WebhookSecret(rs.getString("previous_secret")));
                    }
                    return new LeasedSubscription(subscription(rs), secrets, node);
                }, id, node).stream().findFirst();
    }

    /**
     * Records a delivered event: the cursor moves to it, failures are forgotten, the lease is renewed.
     *
     * @return whether this node still holds the lease at the generation it leased; when not, the
     *     cursor did not move and the node must stop delivering the subscription
     */
    public boolean delivered(LeasedSubscription leased, LeafRecord event, int attempt, Instant at,
                             DeliveryOutcome outcome, Instant leaseUntil) {
        WebhookSubscription subscription = leased.subscription();
        boolean held = Boolean.TRUE.equals(transactions.execute(status -> {
            int moved = jdbc.update("update webhook_subscription set cursor_position = ?, consecutive_failures = 0, "
                            + "last_error = null, last_attempt_at = ?, lease_until = ?" + FENCE,
                    event.position(), time(at), time(leaseUntil), subscription.id(), leased.node(),
                    subscription.generation());
            if (moved == 1) {
                log(subscription.id(), event, attempt, at, outcome);
            }
            return moved == 1;
        }));
        if (!held) {
            logIfStillThere(subscription.id(), event, attempt, at, outcome);
        }
        return held;
    }

    /**
     * Records a failed attempt: the failure is counted, and the subscription either waits until
     * {@code nextAttemptAt} or, when {@code pauseReason} is given, pauses.
     */
    public void failed(LeasedSubscription leased, LeafRecord event, int attempt, Instant at, DeliveryOutcome outcome,
                       Instant nextAttemptAt, String pauseReason) {
        WebhookSubscription subscription = leased.subscription();
        boolean held = Boolean.TRUE.equals(transactions.execute(status -> {
            int counted = jdbc.update("update webhook_subscription set consecutive_failures = consecutive_failures + 1, "
                            + "last_attempt_at = ?, last_error = ?, next_attempt_at = ?, "
                            + "state = ?, state_reason = ?, state_since = ?" + FENCE,
                    time(at), outcome.error(), time(nextAttemptAt),
                    pauseReason == null ? "ACTIVE" : "PAUSED", pauseReason,
                    time(pauseReason == null ? subscription.stateSince() : at),
                    subscription.id(), leased.node(), subscription.generation());
            if (counted == 1) {
                log(subscription.id(), event, attempt, at, outcome);
            }
            return counted == 1;
        }));
        if (!held) {
            logIfStillThere(subscription.id(), event, attempt, at, outcome);
        }
    }

    /**
     * Moves the cursor over positions whose events the subscription's filter leaves out.
     *
     * @return whether this node still holds the lease at the generation it leased
     */
    public boolean skipTo(LeasedSubscription leased, long position, Instant leaseUntil) {
        WebhookSubscription subscription = leased.subscription();
        return jdbc.update("update webhook_subscription set cursor_position = greatest(cursor_position, ?), "
                        + "lease_until = ?" + FENCE,
                position, time(leaseUntil), subscription.id(), leased.node(), subscription.generation()) == 1;
    }

    /**
     * Puts the next attempt off without counting a failure: for trouble on this side (the database,
     * an event that cannot be written), which is not the target's fault.
     */
    public void postpone(String id, String node, Instant until) {
        jdbc.update("update webhook_subscription set next_attempt_at = ? where id = ? and lease_owner = ?",
                time(until), id, node);
    }

    /** Gives up the lease, so any node may deliver the subscription when it is next due. */
    public void release(String id, String node) {
        jdbc.update("update webhook_subscription set lease_owner = null, lease_until = null where id = ? "
                + "and lease_owner = ?", id, node);
    }

    /** Gives up every lease the node holds. @return how many */
    public int releaseAll(String node) {
        return jdbc.update("update webhook_subscription set lease_owner = null, lease_until = null "
                + "where lease_owner = ?", node);
    }

    /** Keeps only the newest {@code keep} attempts in the subscription's delivery log. */
    public void prune(String id, int keep) {
        jdbc.update("delete from webhook_delivery where subscription_id = ? and id <= (select id from webhook_delivery "
                + "where subscription_id = ? order by id desc limit 1 offset ?)", id, id, keep);
    }

    private void log(String id, LeafRecord event, int attempt, Instant at, DeliveryOutcome outcome) {
        jdbc.update("insert into webhook_delivery (subscription_id, position, event_id, attempt, attempted_at, "
                        + "status_code, error, duration_ms, delivered) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, event.position(), event.eventId(), attempt, time(at), outcome.statusCode(), outcome.error(),
                outcome.duration().toMillis(), outcome.delivered());
    }

    /** The attempt happened even when the subscription changed meanwhile; only a deleted one has no log. */
    private void logIfStillThere(String id, LeafRecord event, int attempt, Instant at, DeliveryOutcome outcome) {
        try {
            log(id, event, attempt, at, outcome);
        } catch (DataIntegrityViolationException deleted) {
            // The subscription was deleted while the attempt was under way.
        }
    }

    private static WebhookSubscription subscription(ResultSet rs) throws SQLException {
        FeedFilter filter = new FeedFilter(words(rs.getString("agreement_ids")),
                words(rs.getString("event_types")).stream().map(Subscriptions::storedType)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
        return new WebhookSubscription(rs.getString("id"), rs.getString("owner"), rs.getString("target_url"), filter,
                SubscriptionState.valueOf(rs.getString("state")), rs.getString("state_reason"),
                instant(rs, "state_since"), rs.getLong("cursor_position"), rs.getInt("consecutive_failures"),
                instant(rs, "next_attempt_at"), instant(rs, "last_attempt_at"), rs.getString("last_error"),
                instant(rs, "created_at"), rs.getLong("generation"));
    }

    private static String typesText(Set<EventType> types) {
        return types.stream().map(EventType::cloudEventType).sorted().collect(Collectors.joining(" "));
    }

    /** Reads a stored CloudEvents type name without asking whether Accord still records that revision. */
    private static EventType storedType(String cloudEventType) {
        String rest = cloudEventType.substring(EventType.CLOUD_EVENT_TYPE_PREFIX.length());
        int dot = rest.lastIndexOf(".v");
        return new EventType(rest.substring(0, dot), Integer.parseInt(rest.substring(dot + 2)));
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split(" ")).filter(word -> !word.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** Times as the database keeps them: UTC, to the microsecond, on both vendors. */
    private static OffsetDateTime time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
