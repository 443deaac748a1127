package accord.http.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import accord.messages.feed.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The catalogue's endpoints in a web slice, at a public URL with a path. That they are public (no
 * credentials) is proven against the whole service in EventCatalogueIT.
 */
@WebMvcTest(controllers = CatalogueController.class)
@Import(CatalogueConfiguration.class)
@AutoConfigureMockMvc(addFilters = false)
@TestPropertySource(properties = "accord.feed.public-url=https://feeds.accord.example/ledger")
class CatalogueControllerTest {

    private static final String BASE = "https://feeds.accord.example/ledger/schemas/events/";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void servesEachSchemaFileByteForByteAsASchemaThatCachesMayKeep() throws Exception {
        for (EventType type : EventType.all()) {
            byte[] file;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource())) {
                file = in.readAllBytes();
            }
            mvc.perform(get("/schemas/events/" + type.schemaFileName()))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/schema+json"))
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=86400, public"))
                    .andExpect(header().exists(HttpHeaders.ETAG))
                    .andExpect(content().bytes(file));
        }
    }

    @Test
    void answersNotModifiedToACacheThatHoldsTheSameSchema() throws Exception {
        String etag = mvc.perform(get("/schemas/events/MoUSigned.v1.json")).andReturn().getResponse()
                .getHeader(HttpHeaders.ETAG);

        mvc.perform(get("/schemas/events/MoUSigned.v1.json").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
        mvc.perform(get("/schemas/events/AgreementSigned.v1.json").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownSchemaIsAProblemWithAStableCode() throws Exception {
        for (String name : List.of("MoUSigned.v2.json", "MoUSigned.json", "Nothing.v1.json", "MoUSigned.v1.yaml")) {
            mvc.perform(get("/schemas/events/" + name))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.code").value("UNKNOWN_EVENT_SCHEMA"))
                    .andExpect(jsonPath("$.type").value("/problems/unknown-event-schema"))
                    .andExpect(jsonPath("$.title").value("Unknown event schema"))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.instance").value("/schemas/events/" + name))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("GET /schemas/events")));
        }
    }

    @Test
    void theIndexListsEveryEventTypeWithItsCloudEventsTypeAndSchemaUrl() throws Exception {
        MvcResult answer = mvc.perform(get("/schemas/events"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=300, public"))
                .andReturn();
        JsonNode index = json.readTree(answer.getResponse().getContentAsByteArray());

        List<String> listed = new ArrayList<>();
        for (JsonNode entry : index.path("eventTypes")) {
            EventType type = new EventType(entry.path("name").asText(), entry.path("revision").asInt());
            listed.add(type.cloudEventType());
            assertThat(entry.path("cloudEventType").asText()).isEqualTo(type.cloudEventType());
            assertThat(entry.path("dataschema").asText()).isEqualTo(BASE + type.schemaFileName());
            assertThat(entry.path("current").asBoolean()).isTrue();
            assertThat(entry.path("description").asText()).isNotBlank();
        }
        assertThat(listed).containsExactlyElementsOf(EventType.all().stream().map(EventType::cloudEventType).toList());
        assertThat(index.path("asyncApi").asText()).isEqualTo("https://feeds.accord.example/ledger/asyncapi.yaml");
    }

    @Test
    void servesTheAsyncApiDocumentAsYaml() throws Exception {
        MvcResult answer = mvc.perform(get("/asyncapi.yaml"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/yaml"))
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andReturn();

        String yaml = answer.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(yaml).contains("asyncapi: 3.0.0", "host: feeds.accord.example", "pathname: /ledger",
                BASE + "MoUSigned.v1.json");
    }
}
