/**
 * API tokens (docs/roles.md): opaque bearer tokens that ADMIN issues at {@code /admin/tokens}, each
 * bound to one role and a name, stored only as a SHA-256 hash (V11), revocable and optionally
 * expiring. Requests made with one are recorded by {@code token:<name>}. The security configuration
 * checks them through {@link accord.http.platform.security.BearerTokens}.
 */
package accord.http.tokens;
