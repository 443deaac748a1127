package accord.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time read from Linux's {@code /proc}: of one process (all its threads, user and system),
 * and of the whole machine. Elsewhere every reading is empty and the report leaves CPU out.
 */
final class CpuTime {

    /** {@code USER_HZ}: the unit of {@code /proc}'s CPU times, 100 on every mainstream Linux build. */
    private static final long TICKS_PER_SECOND = 100;
    private static final long NANOS_PER_TICK = 1_000_000_000L / TICKS_PER_SECOND;
    private static final int UTIME = 14;
    private static final int STIME = 15;

    private CpuTime() {
    }

    /** @return the CPU time the process has used so far, or empty when it has ended or /proc is absent */
    static OptionalLong ofProcess(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name in parentheses may contain spaces: count fields after its closing one
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            long ticks = Long.parseLong(fields[UTIME - 3]) + Long.parseLong(fields[STIME - 3]);
            return OptionalLong.of(ticks * NANOS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** @return the CPU time all cores of the machine have spent busy (not idle, not waiting for I/O) */
    static OptionalLong ofMachine() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] fields = first.trim().split("\\s+");
            long busy = 0;
            // cpu user nice system idle iowait irq softirq steal (guest time is already in user)
            for (int f = 1; f <= 8 && f < fields.length; f++) {
                if (f != 4 && f != 5) {
                    busy += Long.parseLong(fields[f]);
                }
            }
            return OptionalLong.of(busy * NANOS_PER_TICK);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
