package accord.http.platform.persistence;

import accord.http.platform.monitoring.DatabaseReachability;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Makes dead letters visible: with the dead-letter queue on, a failing event handler no longer
 * stops its processor, so nobody notices unless the count is watched. Published as the gauge
 * {@code accord.dead.letters} and as the {@code deadLetters} health contributor, which is DOWN while
 * any letter waits, in any processing group (a dead letter means a read model is wrong); details for
 * ADMIN only.
 */
@Component("deadLetters")
public class DeadLetterCount extends AbstractHealthIndicator {

    private final JdbcTemplate jdbc;
    private final DatabaseReachability database;

    public DeadLetterCount(JdbcTemplate jdbc, MeterRegistry meterRegistry, DatabaseReachability database) {
        super("Could not count dead letters");
        this.jdbc = jdbc;
        this.database = database;
        Gauge.builder("accord.dead.letters", this, DeadLetterCount::total)
                .description("Events that an event handler failed on, waiting in dead_letter_entry")
                .register(meterRegistry);
    }

    /** @return dead letters waiting, over all processing groups */
    public long total() {
        Long total = jdbc.queryForObject("select count(*) from dead_letter_entry", Long.class);
        return total == null ? 0 : total;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        database.check(builder, this::countLetters);
    }

    private void countLetters(Health.Builder builder) {
        List<Map<String, Object>> groups = jdbc.queryForList(
                "select processing_group, count(*) as letters from dead_letter_entry group by processing_group");
        long total = total();
        (total == 0 ? builder.up() : builder.down()).withDetail("total", total);
        groups.forEach(group -> builder.withDetail(
                String.valueOf(group.get("processing_group")), group.get("letters")));
    }
}
