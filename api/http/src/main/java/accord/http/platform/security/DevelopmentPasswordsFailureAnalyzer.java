package accord.http.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains {@link DevelopmentPasswordsRefused} in Spring Boot's start-up failure report. */
public class DevelopmentPasswordsFailureAnalyzer extends AbstractFailureAnalyzer<DevelopmentPasswordsRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DevelopmentPasswordsRefused cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set a password of its own for each of " + String.join(", ", cause.users())
                        + " through accord.security.users.<name>.password"
                        + " (environment: ACCORD_SECURITY_USERS_<NAME>_PASSWORD), for example {bcrypt}$2a$10$...;"
                        + " development passwords are accepted only on the embedded H2 database.",
                cause);
    }
}
