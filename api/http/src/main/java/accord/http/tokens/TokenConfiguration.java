package accord.http.tokens;

import accord.http.platform.security.BearerTokens;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The token store, and the bearer-token check the security configuration asks on each request. */
@Configuration(proxyBeanMethods = false)
public class TokenConfiguration {

    @Bean
    public ApiTokens apiTokens(JdbcTemplate jdbc) {
        return new ApiTokens(jdbc);
    }

    @Bean
    public BearerTokens bearerTokens(ApiTokens tokens) {
        Clock clock = Clock.systemUTC();
        return secret -> tokens.use(secret, clock.instant())
                .map(token -> new BearerTokens.TokenBearer(token.id(), token.name(), token.role()));
    }
}
