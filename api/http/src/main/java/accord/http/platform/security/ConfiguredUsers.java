package accord.http.platform.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

/**
 * The users of the service, keyed by user name ({@code accord.security.users.<name>.password} and
 * {@code .roles}). A map rather than a list so that one environment variable such as
 * {@code ACCORD_SECURITY_USERS_ADMIN_PASSWORD} replaces one password; a list would be replaced
 * whole.
 *
 * @param users the users by name
 */
@Validated
@ConfigurationProperties("accord.security")
public record ConfiguredUsers(@NotEmpty Map<String, @Valid ConfiguredUser> users) {
}
