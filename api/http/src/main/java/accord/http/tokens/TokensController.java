package accord.http.tokens;

import accord.http.agreements.QueryParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens, for ADMIN (under {@code /admin/**}): issue one, list them, revoke one (docs/roles.md). */
@RestController
@RequestMapping("/admin/tokens")
@Tag(name = "API tokens", description = "Opaque bearer tokens for programs, each bound to one role and a name. ADMIN.")
public class TokensController {

    private final ApiTokens tokens;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    TokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Operation(operationId = "issueApiToken", summary = "Issue an API token",
            description = "A new token (acc_ and 43 base64url characters) carrying one role, sent as "
                    + "Authorization: Bearer <token>. The answer shows it once: only its SHA-256 is kept. Events "
                    + "recorded with it name token:<name> as recordedBy. It works until it is revoked or expiresAt "
                    + "passes.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<TokenStatus> issueApiToken(@Valid @RequestBody TokenBody body,
                                                     @Parameter(hidden = true) Authentication caller) {
        Instant now = clock.instant();
        if (body.expiresAt() != null && !body.expiresAt().isAfter(now)) {
            throw QueryParameters.invalid("expiresAt", "OUT_OF_RANGE", "must be in the future");
        }
        String secret = TokenSecret.generate(random);
        ApiToken issued = tokens.issue(UUID.randomUUID().toString(), body.name(), body.role(), secret,
                body.expiresAt(), caller.getName(), now);
        return ResponseEntity.created(URI.create("/admin/tokens/" + issued.id())).body(TokenStatus.of(issued, secret));
    }

    @Operation(operationId = "listApiTokens", summary = "List API tokens",
            description = "Every token, oldest first, revoked and expired ones included, with when each was last "
                    + "used (to the minute). Never a token's secret.")
    @GetMapping
    public TokenListing listApiTokens() {
        return new TokenListing(tokens.list().stream().map(TokenStatus::of).toList());
    }

    @Operation(operationId = "revokeApiToken", summary = "Revoke an API token",
            description = "The token stops working at once, on every node: each request looks its token up. The "
                    + "token stays listed with revokedAt. Revoking a revoked token changes nothing.")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public ResponseEntity<Void> revokeApiToken(@PathVariable String id, @Parameter(hidden = true) Authentication caller) {
        if (!tokens.revoke(id, caller.getName(), clock.instant())) {
            throw TokenRefused.notFound(id);
        }
        return ResponseEntity.noContent().build();
    }
}
