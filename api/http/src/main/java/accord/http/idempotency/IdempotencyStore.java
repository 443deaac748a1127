package accord.http.idempotency;

import accord.messages.recording.Recorded;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys in the database ({@code idempotency_key}, V10), so they hold across restarts and nodes.
 * Every statement commits on its own: a claim is visible to every node at once, and the command it
 * guards runs in its own transaction.
 */
class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final IdempotencySettings settings;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, IdempotencySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Claims a key for a request, unless it is taken: the primary key lets exactly one claim in.
     *
     * @return whether the request may run, and if not, why
     */
    Claim claim(String principal, String key, String fingerprint) {
        for (int attempt = 0; attempt < 5; attempt++) {
            OffsetDateTime now = now();
            String token = UUID.randomUUID().toString();
            try {
                jdbc.update("insert into idempotency_key (principal, idempotency_key, fingerprint, claimed_by,"
                        + " claimed_until, expires_at) values (?, ?, ?, ?, ?, ?)", principal, key, fingerprint, token,
                        now.plus(settings.claimTimeout()), now.plus(settings.retention()));
                return new Claim.Granted(token);
            } catch (DuplicateKeyException taken) {
                List<Row> rows = jdbc.query("select fingerprint, claimed_until, expires_at, response_status,"
                        + " response_type, response_etag, response_location, response_body, recorded_agreement,"
                        + " recorded_version from idempotency_key"
                        + " where principal = ? and idempotency_key = ?", (rs, n) -> new Row(rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class),
                        (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8),
                        rs.getString(9), (Long) rs.getObject(10, Long.class)),
                        principal, key);
                if (rows.isEmpty()) {
                    continue; // purged or released between the insert and the read
                }
                Row row = rows.get(0);
                if (!row.expiresAt().isAfter(now)) {
                    jdbc.update("delete from idempotency_key where principal = ? and idempotency_key = ?"
                            + " and expires_at <= ?", principal, key, now);
                    continue;
                }
                if (!row.fingerprint().equals(fingerprint)) {
                    return new Claim.Reused();
                }
                if (row.status() != null) {
                    return new Claim.Answered(new StoredAnswer(row.status(), row.contentType(), row.etag(),
                            row.location(), row.body() == null ? new byte[0] : row.body()));
                }
                if (row.claimedUntil() != null && row.claimedUntil().isAfter(now)) {
                    return new Claim.InUse();
                }
                if (row.recordedVersion() != null) {
                    // Its command committed, but its node stopped before storing the answer.
                    return new Claim.Answered(receipt(row.recordedAgreement(), row.recordedVersion()));
                }
                int taken2 = jdbc.update("update idempotency_key set claimed_by = ?, claimed_until = ?"
                        + " where principal = ? and idempotency_key = ? and response_status is null"
                        + " and recorded_version is null and claimed_until <= ?", token,
                        now.plus(settings.claimTimeout()), principal, key, now);
                if (taken2 == 1) {
                    return new Claim.Granted(token);
                }
            }
        }
        return new Claim.InUse();
    }

    /** Stores the answer of the request holding the claim; retries get it from now on. */
    void answer(String principal, String key, String token, StoredAnswer answer) {
        jdbc.update("update idempotency_key set response_status = ?, response_type = ?, response_etag = ?,"
                        + " response_location = ?, response_body = ?, claimed_by = null, claimed_until = null"
                        + " where principal = ? and idempotency_key = ? and claimed_by = ?",
                answer.status(), answer.contentType(), answer.etag(), answer.location(), answer.body(),
                principal, key, token);
    }

    /**
     * Gives the key up without an answer: the next request with it runs. A key whose command committed
     * is kept: a retry gets its receipt once the claim lapses.
     */
    void release(String principal, String key, String token) {
        jdbc.update("delete from idempotency_key where principal = ? and idempotency_key = ? and claimed_by = ?"
                + " and response_status is null and recorded_version is null", principal, key, token);
    }

    /**
     * Notes, in the transaction of the command that holds the claim, what it recorded; fails (and so
     * rolls the command back) when the claim is no longer this request's.
     */
    void recordedBy(IdempotentCommit.Held held, Recorded recorded) {
        int updated = jdbc.update("update idempotency_key set recorded_agreement = ?, recorded_version = ?"
                + " where principal = ? and idempotency_key = ? and claimed_by = ?", recorded.agreementId(),
                recorded.version(), held.principal(), held.key(), held.token());
        if (updated != 1) {
            throw new IllegalStateException("The claim of this Idempotency-Key lapsed while its command ran;"
                    + " nothing is recorded by this request");
        }
    }

    /**
     * The answer a command that recorded up to this version gave: 201 with a {@code Location} when it
     * created the agreement (its version 0), else 200; the receipt with its last event's position.
     */
    private StoredAnswer receipt(String agreementId, long version) {
        List<Long> positions = jdbc.queryForList("select l.position from domain_event_entry e join ledger_leaf l"
                + " on l.event_identifier = e.event_identifier where e.aggregate_identifier = ?"
                + " and e.sequence_number = ?", Long.class, agreementId, version);
        String position = positions.isEmpty() ? "null" : positions.get(0).toString();
        // Agreement ids are URL-safe slugs (AgreementIds): nothing in them needs escaping in JSON.
        byte[] body = ("{\"agreementId\":\"" + agreementId + "\",\"version\":" + version + ",\"position\":" + position
                + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        boolean created = version == 0;
        return new StoredAnswer(created ? 201 : 200, "application/json", "\"" + version + "\"",
                created ? "/agreements/" + agreementId : null, body);
    }

    /** @return how many expired keys were deleted */
    int purgeExpired() {
        return jdbc.update("delete from idempotency_key where expires_at <= ?", now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private record Row(String fingerprint, OffsetDateTime claimedUntil, OffsetDateTime expiresAt, Integer status,
            String contentType, String etag, String location, byte[] body, String recordedAgreement,
            Long recordedVersion) {
    }
}
