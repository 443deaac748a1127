package accord.http.platform.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token. Its name, {@code token:<name>}, is what the request's
 * events record as {@code recordedBy} and what owns the webhook subscriptions it creates.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final BearerTokens.TokenBearer bearer;

    ApiTokenAuthentication(BearerTokens.TokenBearer bearer) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + bearer.role().name())));
        this.bearer = bearer;
        setAuthenticated(true);
    }

    /** @return the token's id, never its secret */
    @Override
    public Object getCredentials() {
        return bearer.tokenId();
    }

    /** @return {@code token:<name>} */
    @Override
    public Object getPrincipal() {
        return bearer.principal();
    }

    /** @return the token the request was authenticated with */
    public BearerTokens.TokenBearer bearer() {
        return bearer;
    }
}
