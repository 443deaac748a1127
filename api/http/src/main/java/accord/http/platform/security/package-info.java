/**
 * Who may call the service: HTTP Basic with users and roles from configuration
 * ({@code accord.security.users.<name>.password|roles}) or a bearer API token checked through
 * {@link accord.http.platform.security.BearerTokens}, the role matrix (docs/roles.md), problem responses
 * for 401 and 403, and the refusal to start on PostgreSQL while a development password is still
 * configured.
 */
package accord.http.platform.security;
