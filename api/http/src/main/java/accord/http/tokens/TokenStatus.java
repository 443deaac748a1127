package accord.http.tokens;

import accord.http.platform.security.Role;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * An API token, never its secret except once, in the answer that issues it.
 *
 * @param id         its id, to revoke it with
 * @param name       its name; requests made with it are recorded by {@code principal}
 * @param principal  {@code token:<name>}
 * @param role       the one role it carries
 * @param prefix     its first characters, to recognise a leaked token
 * @param createdAt  when it was issued
 * @param createdBy  who issued it
 * @param expiresAt  when it stops working; null when it does not expire
 * @param lastUsedAt when it was last used, to the minute; null when never
 * @param revokedAt  when it was revoked; null while it is not
 * @param revokedBy  who revoked it
 * @param token      the token itself: only in the answer to issueApiToken
 */
public record TokenStatus(
        String id,
        String name,
        String principal,
        Role role,
        String prefix,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy,
        @Schema(description = "The token (acc_ and 43 base64url characters), to send as Authorization: Bearer "
                + "<token>. Only in the answer to issueApiToken; store it then: only its hash is kept.")
        @JsonInclude(JsonInclude.Include.NON_NULL) String token) {

    static TokenStatus of(ApiToken token) {
        return of(token, null);
    }

    static TokenStatus of(ApiToken token, String secret) {
        return new TokenStatus(token.id(), token.name(), "token:" + token.name(), token.role(), token.prefix(),
                token.createdAt(), token.createdBy(), token.expiresAt(), token.lastUsedAt(), token.revokedAt(),
                token.revokedBy(), secret);
    }
}
