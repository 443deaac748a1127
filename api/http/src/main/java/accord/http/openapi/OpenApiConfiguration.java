package accord.http.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The document's description, its security schemes (HTTP Basic or an API token) and the customizer that completes every operation. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI accordOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Accord")
                        .version("1")
                        .description("An event-sourced, tamper-evident ledger of diplomatic agreements. Clerks record "
                                + "what happens to an agreement, citing a source for every fact; every change is an "
                                + "immutable event. Errors are RFC 9457 problem details with a stable code.")
                        .contact(new Contact().name("Accord maintainers").url("https://accord.example/"))
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                // Relative: the API is where its document is served, whatever host a deployment uses.
                .servers(List.of(new Server().url("/").description("This service")))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("HTTP Basic. CLERK records; AUDITOR, INTEGRATOR, ADMIN and CLERK read."))
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("acc_ and 43 base64url characters, opaque")
                                .description("An API token that ADMIN issued (POST /admin/tokens), carrying one role; "
                                        + "requests made with it are recorded by token:<name>.")))
                // Either scheme: two requirements, each alone enough.
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer agreementOperations() {
        return new AgreementOperations();
    }

    /** Runs last: it writes referenced schemas out in place and drops those left unused. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer nullables() {
        return new Nullables();
    }

    @Bean
    OpenApiCustomizer rawJsonAnswers() {
        return new RawJsonAnswers();
    }

    /** Runs after the areas' customizers, so it only adds the answers they left out. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    OpenApiCustomizer problemAnswers() {
        return new ProblemAnswers();
    }
}
