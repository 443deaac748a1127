package accord.http.platform.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/**
 * One user of the service, as configured under {@code accord.security.users.<name>}.
 *
 * @param password the password in Spring Security's storage format: {@code {bcrypt}$2a$...} or
 *                 {@code {noop}plain}
 * @param roles    what the user may do
 */
public record ConfiguredUser(
        @NotBlank
        @Pattern(regexp = "\\{[A-Za-z0-9_.-]+}.+",
                message = "must be in Spring Security's storage format, such as {bcrypt}$2a$... or {noop}secret")
        String password,
        @NotEmpty List<Role> roles) {
}
