package accord.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import accord.http.testsupport.AccordIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The key store on PostgreSQL, with the clock moved by hand: claims that lapse, keys that expire. */
@AccordIntegrationTest
class IdempotencyStoreIT {

    private static final Instant NOW = Instant.parse("2030-01-01T12:00:00Z");
    private static final IdempotencySettings SETTINGS =
            new IdempotencySettings(Duration.ofHours(24), Duration.ofMinutes(1), Duration.ofHours(1));

    @Autowired
    JdbcTemplate jdbc;

    private final String key = UUID.randomUUID().toString();

    @Test
    void aRunningRequestHoldsItsKeyUntilItsClaimLapses() {
        assertThat(at(NOW).claim("clerk", key, "f1")).isInstanceOf(Claim.Granted.class);

        assertThat(at(NOW.plusSeconds(30)).claim("clerk", key, "f1")).isInstanceOf(Claim.InUse.class);
        assertThat(at(NOW.plusSeconds(61)).claim("clerk", key, "f1")).isInstanceOf(Claim.Granted.class);
    }

    @Test
    void anAnsweredKeyIsAnsweredAgainUntilItExpiresAndIsThenFree() {
        Claim.Granted granted = (Claim.Granted) at(NOW).claim("clerk", key, "f1");
        at(NOW).answer("clerk", key, granted.token(), new StoredAnswer(200, "application/json", "\"4\"", null,
                "{\"version\":4}".getBytes()));

        Claim again = at(NOW.plus(Duration.ofHours(23))).claim("clerk", key, "f1");
        assertThat(again).isInstanceOfSatisfying(Claim.Answered.class, answered -> {
            assertThat(answered.answer().status()).isEqualTo(200);
            assertThat(answered.answer().etag()).isEqualTo("\"4\"");
            assertThat(new String(answered.answer().body())).isEqualTo("{\"version\":4}");
        });
        assertThat(at(NOW.plus(Duration.ofHours(23))).claim("clerk", key, "f2")).isInstanceOf(Claim.Reused.class);
        assertThat(at(NOW.plus(Duration.ofHours(25))).claim("clerk", key, "f2")).isInstanceOf(Claim.Granted.class);
    }

    @Test
    void keysBelongToTheirPrincipal() {
        assertThat(at(NOW).claim("clerk", key, "f1")).isInstanceOf(Claim.Granted.class);
        assertThat(at(NOW).claim("other-clerk", key, "f2")).isInstanceOf(Claim.Granted.class);
    }

    @Test
    void aReleasedKeyIsFree() {
        Claim.Granted granted = (Claim.Granted) at(NOW).claim("clerk", key, "f1");
        at(NOW).release("clerk", key, granted.token());

        assertThat(at(NOW).claim("clerk", key, "f2")).isInstanceOf(Claim.Granted.class);
    }

    @Test
    void expiredKeysArePurged() {
        at(NOW).claim("clerk", key, "f1");

        at(NOW.plus(Duration.ofHours(1))).purgeExpired();
        assertThat(stored()).as("kept for its retention").isOne();
        at(NOW.plus(Duration.ofHours(24))).purgeExpired();
        assertThat(stored()).isZero();
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from idempotency_key where idempotency_key = ?", Long.class, key);
    }

    private IdempotencyStore at(Instant instant) {
        return new IdempotencyStore(jdbc, SETTINGS, Clock.fixed(instant, ZoneOffset.UTC));
    }
}
