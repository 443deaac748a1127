package accord.http.webhooks;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import accord.query.feed.AgreementFeed;
import accord.query.feed.FeedFilter;
import accord.query.webhooks.SubscriptionState;
import accord.query.webhooks.Subscriptions;
import accord.query.webhooks.TargetPolicy;
import accord.query.webhooks.WebhookDispatcher;
import accord.query.webhooks.WebhookSecret;
import accord.query.webhooks.WebhookSubscription;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The subscription endpoint with the production target policy (private targets not allowed), the
 * subscriptions' table mocked: targets on loopback, private and link-local addresses are refused
 * before anything is stored.
 */
@WebMvcTest(controllers = SubscriptionsController.class)
@Import(SubscriptionsControllerTest.ProductionPolicy.class)
@MockitoBean(types = {Subscriptions.class, AgreementFeed.class, WebhookDispatcher.class})
class SubscriptionsControllerTest {

    @TestConfiguration
    @EnableConfigurationProperties(WebhookSettings.class)
    static class ProductionPolicy {
        @Bean
        TargetPolicy targetPolicy(WebhookSettings settings) {
            return new TargetPolicy(settings.allowPrivateTargets());
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    AgreementFeed feed;

    @BeforeEach
    void aLedgerOfTenEvents() {
        when(feed.head()).thenReturn(10L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "https://10.0.0.1/hook",
            "https://172.20.1.1/hook", "https://192.168.0.10/hook", "http://[::1]/hook", "http://[fd00::1]/hook",
            "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/hook"})
    void refusesTargetsOnLoopbackPrivateAndLinkLocalAddresses(String url) throws Exception {
        mvc.perform(post("/subscriptions").with(asIntegrator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + url + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("TARGET_NOT_ALLOWED"))
                .andExpect(jsonPath("$.type").value("/problems/target-not-allowed"))
                .andExpect(jsonPath("$.errors[0].field").value("url"))
                .andExpect(jsonPath("$.errors[0].code").value("TARGET_NOT_ALLOWED"));

        verify(subscriptions, never()).create(anyString(), anyString(), anyString(), any(), any(), anyLong(), any());
    }

    @Test
    void acceptsAPublicTargetStartingAtTheLedgersLastPositionAndShowsTheSecretOnce() throws Exception {
        String url = "https://93.184.215.14/accord";
        when(subscriptions.create(anyString(), eq("integrator"), eq(url), eq(FeedFilter.ALL), any(WebhookSecret.class),
                eq(9L), any(Instant.class))).thenAnswer(call -> new WebhookSubscription(call.getArgument(0),
                "integrator", url, FeedFilter.ALL, SubscriptionState.ACTIVE, null, Instant.EPOCH, 9, 0, Instant.EPOCH,
                null, null, Instant.EPOCH, 0));

        mvc.perform(post("/subscriptions").with(asIntegrator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + url + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/subscriptions/")))
                .andExpect(jsonPath("$.secret").value(startsWith("whsec_")))
                .andExpect(jsonPath("$.cursor").value(9))
                .andExpect(jsonPath("$.types").isEmpty());
    }

    @Test
    void refusesAnIntegratorWithTooManySubscriptions() throws Exception {
        when(subscriptions.countOwnedBy("integrator")).thenReturn(100);

        mvc.perform(post("/subscriptions").with(asIntegrator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"https://93.184.215.14/accord\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SUBSCRIPTION_LIMIT_REACHED"));
    }

    @Test
    void theSecretCannotBeChosenByTheCaller() throws Exception {
        mvc.perform(post("/subscriptions").with(asIntegrator()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"https://93.184.215.14/accord\",\"secret\":\"whsec_mine\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("UNKNOWN_FIELD"));
        verify(subscriptions, never()).create(anyString(), anyString(), anyString(), any(), any(), anyLong(), any());
    }

    private static RequestPostProcessor asIntegrator() {
        return request -> csrf().postProcessRequest(user("integrator").roles("INTEGRATOR").postProcessRequest(request));
    }
}
