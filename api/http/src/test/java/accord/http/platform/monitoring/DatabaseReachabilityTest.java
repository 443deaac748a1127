package accord.http.platform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class DatabaseReachabilityTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final DatabaseReachability reachability = new DatabaseReachability(now::get, Duration.ofSeconds(5));
    private final AtomicInteger tries = new AtomicInteger();

    private static final CannotGetJdbcConnectionException UNREACHABLE = new CannotGetJdbcConnectionException(
            "Failed to obtain JDBC Connection", new SQLTransientConnectionException(
                    "HikariPool-1 - Connection is not available, request timed out after 3000ms.", "08001"));

    private void unreachable(Health.Builder builder) {
        tries.incrementAndGet();
        throw UNREACHABLE;
    }

    private void reachable(Health.Builder builder) {
        tries.incrementAndGet();
        builder.up().withDetail("letters", 0);
    }

    @Test
    void aCheckThatReachesTheDatabaseRunsEveryTime() throws Exception {
        Health.Builder first = new Health.Builder();
        reachability.check(first, this::reachable);
        reachability.check(new Health.Builder(), this::reachable);

        assertThat(tries).hasValue(2);
        assertThat(first.build().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void afterOneCheckFoundTheDatabaseUnreachableTheOthersAreDownWithoutTryingUntilTheRecheck() throws Exception {
        assertThatThrownBy(() -> reachability.check(new Health.Builder(), this::unreachable)).isSameAs(UNREACHABLE);

        now.addAndGet(Duration.ofMillis(4_900).toNanos());
        Health.Builder skipped = new Health.Builder();
        reachability.check(skipped, this::reachable);

        assertThat(tries).as("only the first check tried").hasValue(1);
        Health health = skipped.build();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("database", "unreachable 4900 ms ago; not tried again for 5 s");

        now.addAndGet(Duration.ofMillis(100).toNanos());
        Health.Builder rechecked = new Health.Builder();
        reachability.check(rechecked, this::reachable);
        assertThat(tries).as("tried again after 5 s").hasValue(2);
        assertThat(rechecked.build().getStatus()).isEqualTo(Status.UP);

        reachability.check(new Health.Builder(), this::reachable);
        assertThat(tries).as("reachable again: every check tries").hasValue(3);
    }

    @Test
    void aFailureThatIsNotTheDatabaseBeingAwayIsNotRemembered() {
        assertThatThrownBy(() -> reachability.check(new Health.Builder(), builder -> {
            throw new IllegalStateException("a bug in a check");
        })).isInstanceOf(IllegalStateException.class);

        assertThatThrownBy(() -> reachability.check(new Health.Builder(), this::unreachable)).isSameAs(UNREACHABLE);
        assertThat(tries).as("the second check still tried").hasValue(1);
    }
}
