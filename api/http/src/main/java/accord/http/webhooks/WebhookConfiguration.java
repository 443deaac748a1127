package accord.http.webhooks;

import accord.query.feed.AgreementCloudEvents;
import accord.query.feed.AgreementFeed;
import accord.query.webhooks.Backoff;
import accord.query.webhooks.DeliveryPolicy;
import accord.query.webhooks.Subscriptions;
import accord.query.webhooks.TargetPolicy;
import accord.query.webhooks.WebhookDispatcher;
import accord.query.webhooks.WebhookSender;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Random;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The webhooks' parts: the subscriptions' table, the target policy and the dispatcher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
public class WebhookConfiguration {

    @Bean
    public Subscriptions subscriptions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new Subscriptions(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    public TargetPolicy targetPolicy(WebhookSettings settings) {
        return new TargetPolicy(settings.allowPrivateTargets());
    }

    /** Started and stopped by {@link WebhookDelivery}, with the service. */
    @Bean
    public WebhookDispatcher webhookDispatcher(Subscriptions subscriptions, AgreementFeed feed,
                                               AgreementCloudEvents cloudEvents, TargetPolicy targetPolicy,
                                               WebhookSettings settings) {
        Clock clock = Clock.systemUTC();
        DeliveryPolicy policy = new DeliveryPolicy(settings.timeout(), settings.maxFailures(),
                new Backoff(settings.backoffBase(), settings.backoffMax()), settings.batchSize(),
                settings.deliveryLogSize(), settings.lease(), settings.pollInterval(), settings.workers(),
                settings.shutdownGrace());
        return new WebhookDispatcher(subscriptions, feed, cloudEvents, new WebhookSender(settings.timeout(), clock),
                targetPolicy, policy, clock, new Random(), settings.node() == null ? nodeName() : settings.node());
    }

    /** Host, process and a random part: two services started in one process (or one after another) differ. */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        byte[] suffix = new byte[4];
        new SecureRandom().nextBytes(suffix);
        return host + "/" + ProcessHandle.current().pid() + "/" + HexFormat.of().formatHex(suffix);
    }
}
