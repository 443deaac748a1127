package accord.benchmark;

/**
 * The CPU time used during one side's measured window, in nanoseconds; a negative figure is
 * unknown (no {@code /proc}, or no such process on this side).
 *
 * @param service the service process, all threads (none on the baseline side)
 * @param database the PostgreSQL backends connected to the scratch database
 * @param generator this process: the clients, and on the baseline side its JDBC work too
 * @param machine every core of the machine, including processes that are not part of the run
 */
public record CpuUse(long service, long database, long generator, long machine) {

    static final CpuUse UNKNOWN = new CpuUse(-1, -1, -1, -1);

    /**
     * @return the machine's CPU time not used by the service, its database backends or the
     *     generator; at least 0, since the clock-tick counts of a short window can make the
     *     difference negative
     */
    public long others() {
        if (machine < 0) {
            return -1;
        }
        return Math.max(0, machine - Math.max(0, service) - Math.max(0, database) - Math.max(0, generator));
    }
}
