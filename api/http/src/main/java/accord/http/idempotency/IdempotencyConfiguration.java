package accord.http.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Wires idempotency keys: the store, its purge, and the filter, placed after Spring Security's
 * filters (order -100) because keys belong to the authenticated principal.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencySettings.class)
public class IdempotencyConfiguration {

    /** The order of the filter: after Spring Security's chain. */
    static final int FILTER_ORDER = 0;

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc, IdempotencySettings settings) {
        return new IdempotencyStore(jdbc, settings, Clock.systemUTC());
    }

    /** Registered on the command bus by Axon's interceptor auto-configuration. */
    @Bean
    IdempotentCommit idempotentCommit(IdempotencyStore store) {
        return new IdempotentCommit(store);
    }

    @Bean
    IdempotencyPurge idempotencyPurge(IdempotencyStore store, IdempotencySettings settings) {
        return new IdempotencyPurge(store, settings);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems, ObjectMapper json) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, problems, json));
        registration.addUrlPatterns("/agreements", "/agreements/*");
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
