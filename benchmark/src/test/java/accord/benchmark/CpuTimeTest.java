package accord.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuTimeTest {

    /** The benchmark runs on Linux, as the service does in production. */
    @Test
    void readsTheCpuTimeOfThisProcessAndOfTheMachineFromProc() {
        long pid = ProcessHandle.current().pid();

        long process = CpuTime.ofProcess(pid).orElseThrow();
        long machine = CpuTime.ofMachine().orElseThrow();

        assertThat(process).isPositive();
        assertThat(machine).isGreaterThanOrEqualTo(process);
    }

    @Test
    void knowsNothingOfAProcessThatDoesNotExist() {
        assertThat(CpuTime.ofProcess(-1)).isEmpty();
    }

    @Test
    void countsAsOtherProcessesWhatTheMeasuredOnesDidNotUse() {
        assertThat(new CpuUse(400, 100, 200, 1_000).others()).isEqualTo(300);
        assertThat(new CpuUse(-1, 100, 200, 1_000).others()).isEqualTo(700);
        assertThat(CpuUse.UNKNOWN.others()).isNegative();
    }
}
