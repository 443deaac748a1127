package accord.http.tokens;

import accord.http.platform.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A new API token.
 *
 * @param name      what the token is for, such as {@code ingest-bot}; its requests are recorded by
 *                  {@code token:<name>}. Several tokens may share a name, so a token can be replaced
 *                  by a new one before it is revoked
 * @param role      the one role the token carries
 * @param expiresAt when it stops working; it does not expire when absent
 */
public record TokenBody(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "must start with a letter or digit and hold only letters, digits, '.', '_' and '-'")
        String name,
        @NotNull Role role,
        Instant expiresAt) {
}
