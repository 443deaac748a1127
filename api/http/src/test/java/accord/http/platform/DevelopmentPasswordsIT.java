package accord.http.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import accord.http.platform.security.DevelopmentPasswordsRefused;
import accord.http.testsupport.AccordContexts;

class DevelopmentPasswordsIT {

    @Test
    void refusesToStartOnPostgreSqlWhileAUserHasItsDevelopmentPassword() {
        Throwable failure = catchThrowable(() -> AccordContexts.startOnTestDatabase(
                "accord.security.users.admin.password={noop}admin").close());

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(DevelopmentPasswordsRefused.class)
                .hasMessageContaining("Refusing to start on PostgreSQL")
                .hasMessageContaining("admin")
                .hasMessageNotContaining("clerk");
    }

    @Test
    void recognisesADevelopmentPasswordHashedWithBcrypt() {
        String hashed = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("clerk");

        Throwable failure = catchThrowable(() -> AccordContexts.startOnTestDatabase(
                "accord.security.users.clerk.password=" + hashed,
                "accord.security.users.integrator.password={noop}integrator").close());

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOfSatisfying(DevelopmentPasswordsRefused.class, refused ->
                        assertThat(refused.users()).containsExactly("clerk", "integrator"));
    }
}
