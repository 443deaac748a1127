package accord.http.platform.security;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that is unknown, revoked or expired: answered 401 with {@code error="invalid_token"}. */
class InvalidBearerToken extends AuthenticationException {

    InvalidBearerToken() {
        super("The bearer token is unknown, revoked or expired.");
    }
}
