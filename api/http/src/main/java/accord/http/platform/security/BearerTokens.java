package accord.http.platform.security;

import java.util.Optional;

/**
 * Where bearer tokens are checked: the API tokens ADMIN issues. Asked on every request that sends
 * {@code Authorization: Bearer ...}, so an implementation must not cache an answer for long: a revoked
 * token must stop working at once, on every node.
 */
public interface BearerTokens {

    /**
     * @param token the token exactly as the client sent it
     * @return who the token stands for, when it is known, not revoked and not expired; empty otherwise
     */
    Optional<TokenBearer> bearerOf(String token);

    /**
     * Who a valid token stands for.
     *
     * @param tokenId the token's id (not its secret)
     * @param name    the name ADMIN gave the token
     * @param role    the one role the token carries
     */
    record TokenBearer(String tokenId, String name, Role role) {

        /** @return the principal a token's requests are recorded by: {@code token:<name>} */
        public String principal() {
            return "token:" + name;
        }
    }
}
