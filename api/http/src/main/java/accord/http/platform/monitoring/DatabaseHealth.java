package accord.http.platform.monitoring;

import javax.sql.DataSource;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health contributor: Spring Boot's own check of the data source, through
 * {@link DatabaseReachability} so that a probe during an outage waits for the database once. Its
 * bean name replaces Spring Boot's {@code db} check, which backs off when one is defined.
 */
@Component("dbHealthIndicator")
public class DatabaseHealth extends DataSourceHealthIndicator {

    private final DatabaseReachability reachability;

    DatabaseHealth(DataSource dataSource, DatabaseReachability reachability) {
        super(dataSource);
        this.reachability = reachability;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        reachability.check(builder, super::doHealthCheck);
    }
}
