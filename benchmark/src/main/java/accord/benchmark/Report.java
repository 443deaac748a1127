package accord.benchmark;

import java.io.PrintStream;
import java.util.Locale;

/** Prints the figures as a Markdown table, ready to quote in the README. */
final class Report {

    static final double TARGET_RATIO = 0.5;
    /** Notarisation may cost at most 10% of the throughput. */
    static final double TARGET_NOTARISATION = 0.9;

    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void facts(String database, String service) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "machine: %d cores, %s %s %s%n", runtime.availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
        out.printf(Locale.ROOT, "java: %s %s (%s)%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"));
        out.printf(Locale.ROOT, "database: %s%n", database);
        out.printf(Locale.ROOT, "service: %s%n", service);
    }

    void table(Measurement... measurements) {
        out.println();
        out.println("| side | clients | duration | commands/s | p50 ms | p99 ms | conflicts | errors |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        for (Measurement m : measurements) {
            if (m != null) {
                out.printf(Locale.ROOT, "| %s | %d | %d s | %.1f | %.2f | %.2f | %d | %d |%n",
                        m.name(), m.clients(), m.duration().toSeconds(), m.commandsPerSecond(),
                        m.p50Millis(), m.p99Millis(), m.conflicts(), m.errors());
            }
        }
        out.println();
    }

    /**
     * Who used the CPU during each window, per recorded command and in cores: figures that vary
     * less than the throughput when other work on the machine comes and goes.
     */
    void cpu(Measurement... measurements) {
        out.println("| side | service CPU ms/cmd | PostgreSQL CPU ms/cmd | load generator CPU ms/cmd | cores busy: service / PostgreSQL / generator / other processes |");
        out.println("|---|---:|---:|---:|---|");
        for (Measurement m : measurements) {
            if (m != null) {
                CpuUse cpu = m.cpu();
                out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s / %s / %s / %s |%n", m.name(),
                        figure(m.cpuMillisPerCommand(cpu.service())), figure(m.cpuMillisPerCommand(cpu.database())),
                        figure(m.cpuMillisPerCommand(cpu.generator())),
                        figure(m.cores(cpu.service())), figure(m.cores(cpu.database())),
                        figure(m.cores(cpu.generator())), figure(m.cores(cpu.others())));
            }
        }
        out.println();
    }

    private static String figure(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    void errors(Measurement... measurements) {
        for (Measurement m : measurements) {
            if (m != null && !m.firstErrors().isEmpty()) {
                out.println("first errors of " + m.name() + ":");
                m.firstErrors().forEach(error -> out.println("  " + error));
            }
        }
    }

    void ratio(Measurement service, Measurement baseline) {
        double ratio = service.commandsPerSecond() / baseline.commandsPerSecond();
        out.printf(Locale.ROOT, "ratio = service cmd/s / baseline cmd/s = %.1f / %.1f = %.2f (target >= %.2f at 16 clients: %s)%n",
                service.commandsPerSecond(), baseline.commandsPerSecond(), ratio, TARGET_RATIO,
                ratio >= TARGET_RATIO ? "met" : "not met");
        double serviceCpu = totalCpuMillisPerCommand(service);
        double baselineCpu = totalCpuMillisPerCommand(baseline);
        if (!Double.isNaN(serviceCpu) && !Double.isNaN(baselineCpu)) {
            out.printf(Locale.ROOT, "CPU per command, every measured process of the side: service %.2f ms, baseline %.2f ms;"
                    + " the ratio on equal CPU would be %.2f (an estimate that other processes' load skews less)%n",
                    serviceCpu, baselineCpu, baselineCpu / serviceCpu);
        }
    }

    /**
     * What notarisation costs: the service as configured against the same service with
     * {@code accord.ledger.notarise=false}, in throughput and in CPU per command.
     */
    void notarisation(Measurement notarised, Measurement unnotarised) {
        double ratio = notarised.commandsPerSecond() / unnotarised.commandsPerSecond();
        out.printf(Locale.ROOT, "notarisation: %.1f / %.1f = %.2f (notarised cmd/s / unnotarised cmd/s; target >= %.2f, at most a 10%% drop: %s)%n",
                notarised.commandsPerSecond(), unnotarised.commandsPerSecond(), ratio, TARGET_NOTARISATION,
                ratio >= TARGET_NOTARISATION ? "met" : "not met");
        out.printf(Locale.ROOT, "CPU per command: notarised %s; unnotarised %s%n", cpuSum(notarised), cpuSum(unnotarised));
        double a = totalCpuMillisPerCommand(notarised);
        double b = totalCpuMillisPerCommand(unnotarised);
        if (!Double.isNaN(a) && !Double.isNaN(b)) {
            out.printf(Locale.ROOT, "notarisation costs %+.2f ms of CPU per command (%+.0f%%); the ratio on equal CPU would be %.2f%n",
                    a - b, 100 * (a - b) / b, b / a);
        }
    }

    private static String cpuSum(Measurement m) {
        CpuUse cpu = m.cpu();
        return String.format(Locale.ROOT, "service %s + PostgreSQL %s + generator %s = %s ms",
                figure(m.cpuMillisPerCommand(cpu.service())), figure(m.cpuMillisPerCommand(cpu.database())),
                figure(m.cpuMillisPerCommand(cpu.generator())), figure(totalCpuMillisPerCommand(m)));
    }

    /** The service's, its database backends' and the generator's CPU per command, summed. */
    private static double totalCpuMillisPerCommand(Measurement m) {
        CpuUse cpu = m.cpu();
        if (cpu.database() < 0 || cpu.generator() < 0) {
            return Double.NaN;
        }
        return m.cpuMillisPerCommand(Math.max(0, cpu.service()) + cpu.database() + cpu.generator());
    }
}
