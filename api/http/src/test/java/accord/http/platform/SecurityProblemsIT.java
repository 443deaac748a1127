package accord.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import accord.http.testsupport.AccordIntegrationTest;
import accord.http.testsupport.TestUser;
import accord.http.testsupport.TestUsers;

@AccordIntegrationTest
class SecurityProblemsIT {

    private static final String AGREEMENT = "/agreements/kr-blackrock-ai-datacentre-mou";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Test
    void anonymousReaderIsAskedToSignIn() throws Exception {
        ResponseEntity<String> response = http.getForEntity(AGREEMENT, String.class);

        assertProblem(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void wrongPasswordIsAskedToSignIn() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(TestUsers.CLERK.name(), "clerk")
                .getForEntity(AGREEMENT, String.class);

        assertProblem(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
    }

    @Test
    void auditorMayNotRecord() throws Exception {
        ResponseEntity<String> response = post(TestUsers.AUDITOR, "/agreements");

        assertProblem(response, HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void integratorMayNotRecord() throws Exception {
        ResponseEntity<String> response = post(TestUsers.INTEGRATOR, AGREEMENT + "/sign-mou");

        assertProblem(response, HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void clerkMayNotOperate() throws Exception {
        ResponseEntity<String> response = as(TestUsers.CLERK).getForEntity("/actuator/metrics", String.class);

        assertProblem(response, HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void adminOperates() {
        assertThat(as(TestUsers.ADMIN).getForEntity("/actuator/metrics", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void everyRoleGetsPastSecurityToRead() {
        for (TestUser user : TestUsers.ALL) {
            assertThat(as(user).getForEntity(AGREEMENT, String.class).getStatusCode())
                    .as("%s reading an agreement", user.name())
                    .isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void healthIsPublicButItsDetailsAreForAdmin() throws Exception {
        JsonNode anonymous = json.readTree(http.getForEntity("/actuator/health", String.class).getBody());
        JsonNode admin = json.readTree(as(TestUsers.ADMIN).getForEntity("/actuator/health", String.class).getBody());

        assertThat(anonymous.path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
        assertThat(admin.path("components").path("deadLetters").path("details").has("total")).isTrue();
    }

    @Test
    void apiDocumentIsPublic() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private TestRestTemplate as(TestUser user) {
        return http.withBasicAuth(user.name(), user.password());
    }

    private ResponseEntity<String> post(TestUser user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
    }

    private void assertProblem(ResponseEntity<String> response, HttpStatus status, String code) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("status").asInt()).isEqualTo(status.value());
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.has("trace")).isFalse();
    }
}
