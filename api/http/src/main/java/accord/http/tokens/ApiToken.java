package accord.http.tokens;

import accord.http.platform.security.Role;
import java.time.Instant;

/**
 * An API token as stored: everything but its secret, of which only a hash is kept.
 *
 * @param id         the token's id, used to list and revoke it
 * @param name       the name ADMIN gave it; requests made with it are recorded by {@code token:<name>}
 * @param role       the one role it carries
 * @param prefix     the token's first characters, to recognise a leaked token
 * @param createdAt  when it was issued
 * @param createdBy  who issued it
 * @param expiresAt  when it stops working; null when it does not expire
 * @param lastUsedAt when it was last used, to the minute; null when never
 * @param revokedAt  when it was revoked; null while it is not
 * @param revokedBy  who revoked it; null while it is not revoked
 */
public record ApiToken(String id, String name, Role role, String prefix, Instant createdAt, String createdBy,
                       Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    /** @return whether the token is accepted at this instant: not revoked and not expired */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
