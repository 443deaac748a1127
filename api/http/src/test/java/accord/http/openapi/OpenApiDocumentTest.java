package accord.http.openapi;

import static accord.http.agreements.Clerks.asClerk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import accord.http.agreements.AgreementAction;
import accord.http.agreements.AgreementsApiSlice;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@AgreementsApiSlice
@Import(OpenApiConfiguration.class)
@ImportAutoConfiguration({SpringDocConfiguration.class, SpringDocConfigProperties.class,
        SpringDocWebMvcConfiguration.class})
class OpenApiDocumentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void everyCommandIsDocumentedUnderItsOperationIdWithASeedExampleAndItsProblems() throws Exception {
        JsonNode paths = document().path("paths");

        for (AgreementAction action : AgreementAction.values()) {
            JsonNode operation = paths.path(action.pathTemplate()).path("post");
            assertThat(operation.path("operationId").asText()).as(action.name()).isEqualTo(action.operationId());
            JsonNode example = operation.path("requestBody").path("content").path("application/json")
                    .path("examples").path("seed").path("value");
            assertThat(example.isObject()).as(action + " example").isTrue();
            assertThat(example.path("sources").get(0).path("url").asText()).startsWith("https://seeds.accord.example/");
            assertThat(operation.path("responses").path("400").path("content").has("application/problem+json")).isTrue();
            assertThat(operation.path("responses").has("409")).isTrue();
            assertThat(operation.path("responses").has("422")).isTrue();
            assertThat(operation.path("responses").path("412").path("headers").has("ETag")).as(action + " 412").isTrue();
            assertThat(operation.path("parameters").findValuesAsText("name"))
                    .as(action + " headers").contains("If-Match", "Idempotency-Key");
        }
        assertThat(paths.path("/agreements").path("post").path("responses").has("201")).isTrue();
        assertThat(paths.path("/agreements/{id}/sign-mou").path("post").path("requestBody").path("content")
                .path("application/json").path("examples").path("seed").path("value").path("title").asText())
                .isEqualTo("Hyperscale AI data centre");
    }

    @Test
    void theReadIsFindAgreementAndEverythingNeedsHttpBasic() throws Exception {
        JsonNode document = document();

        JsonNode find = document.path("paths").path("/agreements/{id}").path("get");
        assertThat(find.path("operationId").asText()).isEqualTo("findAgreement");
        assertThat(find.path("responses").has("404")).isTrue();
        assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asText())
                .isEqualTo("basic");
        assertThat(document.path("security").get(0).has("basic")).isTrue();
    }

    @Test
    void anApiTokenIsTheOtherWayToSignIn() throws Exception {
        JsonNode document = document();

        JsonNode bearer = document.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asText()).isEqualTo("http");
        assertThat(bearer.path("scheme").asText()).isEqualTo("bearer");
        assertThat(document.path("security").get(1).has("bearer")).isTrue();
    }

    private JsonNode document() throws Exception {
        return json.readTree(mvc.perform(get("/v3/api-docs").with(asClerk())).andReturn().getResponse().getContentAsString());
    }
}
