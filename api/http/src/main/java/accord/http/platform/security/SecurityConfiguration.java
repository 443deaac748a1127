package accord.http.platform.security;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import accord.http.platform.persistence.DatabaseProduct;

import jakarta.servlet.DispatcherType;

/**
 * HTTP Basic and API tokens ({@code Authorization: Bearer}, {@link BearerTokens}) for a stateless API
 * (the role matrix is docs/roles.md): CLERK records, CLERK, AUDITOR, INTEGRATOR and ADMIN read, ADMIN
 * operates (actuator and {@code /admin/**}); API documents and health are public. There are no sessions and no cookies, so CSRF
 * protection has nothing to protect. The console's pages ({@code /console/**}) are read like the API, with HTTP Basic (the
 * browser asks once and resends the credentials); its forms post JSON to the API, and a cross-site page cannot: a JSON
 * body needs a CORS preflight, which the service never grants, and every command requires {@code application/json}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConfiguredUsers.class)
public class SecurityConfiguration {

    private static final String[] AGREEMENTS = {"/agreements", "/agreements/**"};

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public UserDetailsService userDetailsService(ConfiguredUsers configured, PasswordEncoder passwordEncoder,
                                                 DataSource dataSource) {
        if (DatabaseProduct.isPostgreSql(dataSource)) {
            List<String> onDevelopmentPasswords =
                    DevelopmentPasswords.usersStillOnThem(configured.users(), passwordEncoder);
            if (!onDevelopmentPasswords.isEmpty()) {
                throw new DevelopmentPasswordsRefused(onDevelopmentPasswords);
            }
        }
        List<UserDetails> users = configured.users().entrySet().stream()
                .map(user -> User.withUsername(user.getKey())
                        .password(user.getValue().password())
                        .roles(user.getValue().roles().stream().map(Role::name).toArray(String[]::new))
                        .build())
                .toList();
        // Exposed only as a UserDetailsService: as a UserDetailsPasswordService, Spring Security would
        // re-hash {noop} passwords with bcrypt after the first login, and every later request would
        // pay for a bcrypt check (about 100 ms of CPU).
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        return manager::loadUserByUsername;
    }

    /**
     * No Micrometer observation per security filter: wrapping every filter of every request cost
     * more CPU than the filters themselves in the command benchmark. {@code http.server.requests}
     * still times each request as a whole.
     */
    @Bean
    public SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper objectMapper,
                                                   BearerTokens bearerTokens) throws Exception {
        SecurityProblems problems = new SecurityProblems(objectMapper);
        return http
                .addFilterBefore(new BearerTokenFilter(bearerTokens, problems), BasicAuthenticationFilter.class)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(failures -> failures
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        // An async dispatch (a stream's end) continues a request that was already authorized.
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        // The published contract of the feeds: the AsyncAPI document and the event schemas.
                        .requestMatchers(HttpMethod.GET, "/asyncapi.yaml", "/schemas/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, AGREEMENTS).hasAnyRole(
                                Role.CLERK.name(), Role.AUDITOR.name(), Role.INTEGRATOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, AGREEMENTS).hasRole(Role.CLERK.name())
                        .requestMatchers(HttpMethod.GET, "/ledger/**").hasAnyRole(
                                Role.CLERK.name(), Role.AUDITOR.name(), Role.INTEGRATOR.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/events", "/events/**").hasAnyRole(
                                Role.CLERK.name(), Role.AUDITOR.name(), Role.INTEGRATOR.name(), Role.ADMIN.name())
                        // The console's style sheet and scripts hold nothing of the ledger; its pages need a sign-in.
                        .requestMatchers(HttpMethod.GET, "/console/*.css", "/console/*.js").permitAll()
                        .requestMatchers(HttpMethod.GET, "/console", "/console/**").hasAnyRole(
                                Role.CLERK.name(), Role.AUDITOR.name(), Role.INTEGRATOR.name(), Role.ADMIN.name())
                        .requestMatchers("/subscriptions", "/subscriptions/**").hasAnyRole(
                                Role.INTEGRATOR.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .build();
    }
}
