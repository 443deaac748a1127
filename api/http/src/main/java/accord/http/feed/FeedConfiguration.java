package accord.http.feed;

import accord.http.platform.persistence.DatabaseProduct;
import accord.query.feed.AgreementCloudEvents;
import accord.query.feed.AgreementFeed;
import accord.query.feed.LedgerTail;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The feed's parts, shared by the HTTP feed, the stream, webhooks and Kafka. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedSettings.class)
public class FeedConfiguration {

    @Bean
    public AgreementFeed agreementFeed(JdbcTemplate jdbc) {
        return new AgreementFeed(jdbc);
    }

    @Bean
    public AgreementCloudEvents agreementCloudEvents(FeedSettings settings) {
        return new AgreementCloudEvents(settings.schemaBase());
    }

    /** Started at once: it is a daemon thread that only reads, and Flyway has run before beans like this one. */
    @Bean(initMethod = "start", destroyMethod = "close")
    public LedgerTail ledgerTail(DataSource dataSource, FeedSettings settings) {
        return new LedgerTail(dataSource, DatabaseProduct.isPostgreSql(dataSource), settings.pollInterval());
    }
}
