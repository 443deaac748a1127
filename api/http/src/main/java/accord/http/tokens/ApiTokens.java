package accord.http.tokens;

import accord.http.platform.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API tokens ({@code api_token}, V11): issued, listed, revoked, and looked up by the hash of the
 * secret a request sends. Nothing is cached: each look-up reads the row, so a revocation or an expiry
 * holds at once on every node.
 */
public class ApiTokens {

    /** A token's last use is written at most this often, so using it does not cost a write per request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private static final String COLUMNS =
            "id, name, role, token_prefix, created_at, created_by, expires_at, last_used_at, revoked_at, revoked_by";

    private final JdbcTemplate jdbc;

    public ApiTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new token.
     *
     * @param id        its id
     * @param name      its name
     * @param role      its role
     * @param secret    the token itself; only its hash and first characters are stored
     * @param expiresAt when it stops working, or null
     * @param createdBy who issues it
     * @param now       the time
     * @return the token as stored
     */
    ApiToken issue(String id, String name, Role role, String secret, Instant expiresAt, String createdBy, Instant now) {
        jdbc.update("insert into api_token (id, name, role, token_hash, token_prefix, created_at, created_by, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)",
                id, name, role.name(), TokenSecret.hash(secret), TokenSecret.shownPart(secret), time(now), createdBy,
                time(expiresAt));
        return find(id).orElseThrow();
    }

    /** @return the token with this id, revoked or not */
    Optional<ApiToken> find(String id) {
        return jdbc.query("select " + COLUMNS + " from api_token where id = ?", (rs, row) -> token(rs), id)
                .stream().findFirst();
    }

    /** @return every token, revoked and expired ones included, oldest first */
    List<ApiToken> list() {
        return jdbc.query("select " + COLUMNS + " from api_token order by created_at, id", (rs, row) -> token(rs));
    }

    /**
     * Revokes the token from now on; a token revoked before keeps its first revocation.
     *
     * @return whether there is a token with this id
     */
    boolean revoke(String id, String revokedBy, Instant now) {
        jdbc.update("update api_token set revoked_at = ?, revoked_by = ? where id = ? and revoked_at is null",
                time(now), revokedBy, id);
        return find(id).isPresent();
    }

    /**
     * @param secret the token a request sends
     * @param now    the time
     * @return the token, when it is known and active at {@code now}; its last use is recorded
     */
    Optional<ApiToken> use(String secret, Instant now) {
        if (!TokenSecret.wellFormed(secret)) {
            return Optional.empty();
        }
        Optional<ApiToken> token = jdbc.query("select " + COLUMNS + " from api_token where token_hash = ?",
                (rs, row) -> token(rs), TokenSecret.hash(secret)).stream().findFirst()
                .filter(found -> found.activeAt(now));
        token.filter(found -> found.lastUsedAt() == null
                        || found.lastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION)))
                .ifPresent(found -> jdbc.update("update api_token set last_used_at = ? where id = ? "
                        + "and (last_used_at is null or last_used_at < ?)", time(now), found.id(),
                        time(now.minus(LAST_USED_RESOLUTION))));
        return token;
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getString("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                rs.getString("token_prefix"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"),
                rs.getString("revoked_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /** Times as the database keeps them: UTC, to the microsecond, on both vendors. */
    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
