package accord.benchmark;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads who used the CPU between the start and the end of a measured window: the service, the
 * database backends, this load generator and the machine as a whole.
 */
public final class CpuMeter {

    private final OptionalLong servicePid;
    private final Supplier<Set<Long>> databasePids;
    private final long generatorPid = ProcessHandle.current().pid();
    private Map<Long, Long> databaseAtStart = Map.of();
    private long serviceAtStart = -1;
    private long generatorAtStart = -1;
    private long machineAtStart = -1;

    /**
     * @param servicePid the service's process, if this side has one
     * @param databasePids the backends serving the scratch database at the moment of asking
     */
    public CpuMeter(OptionalLong servicePid, Supplier<Set<Long>> databasePids) {
        this.servicePid = servicePid;
        this.databasePids = databasePids;
    }

    public void start() {
        databaseAtStart = readEach(databasePids.get());
        serviceAtStart = servicePid.isPresent() ? CpuTime.ofProcess(servicePid.getAsLong()).orElse(-1) : -1;
        generatorAtStart = CpuTime.ofProcess(generatorPid).orElse(-1);
        machineAtStart = CpuTime.ofMachine().orElse(-1);
    }

    /** Backends that end within the window are missed; the pools keep theirs open throughout. */
    public CpuUse stop() {
        long machine = since(machineAtStart, CpuTime.ofMachine());
        long generator = since(generatorAtStart, CpuTime.ofProcess(generatorPid));
        long service = servicePid.isPresent()
                ? since(serviceAtStart, CpuTime.ofProcess(servicePid.getAsLong()))
                : -1;
        Map<Long, Long> databaseAtEnd = readEach(databasePids.get());
        long database = databaseAtEnd.isEmpty() ? -1 : 0;
        for (Map.Entry<Long, Long> backend : databaseAtEnd.entrySet()) {
            database += backend.getValue() - databaseAtStart.getOrDefault(backend.getKey(), 0L);
        }
        return new CpuUse(service, database, generator, machine);
    }

    private static long since(long start, OptionalLong end) {
        return start < 0 || end.isEmpty() ? -1 : end.getAsLong() - start;
    }

    private static Map<Long, Long> readEach(Set<Long> pids) {
        Map<Long, Long> times = new HashMap<>();
        for (long pid : pids) {
            CpuTime.ofProcess(pid).ifPresent(time -> times.put(pid, time));
        }
        return times;
    }
}
