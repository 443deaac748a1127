package accord.http.tokens;

import java.util.List;

/**
 * Every API token, oldest first, revoked and expired ones included, without their secrets.
 *
 * @param tokens the tokens
 */
public record TokenListing(List<TokenStatus> tokens) {
}
