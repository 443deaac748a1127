package accord.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcWorkloadTest {

    @Test
    void appendsAboutOneKibibyteOfJsonPerEvent() {
        assertThat(JdbcWorkload.payload("TaskForceFormed", "tf-15-123456").length).isBetween(900, 1200);
    }
}
