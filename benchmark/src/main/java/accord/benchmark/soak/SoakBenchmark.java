package accord.benchmark.soak;

import accord.benchmark.CommandBodies;
import accord.benchmark.Figure;
import accord.benchmark.HttpProbe;
import accord.benchmark.Latencies;
import accord.benchmark.ScratchBenchmark;
import accord.benchmark.feed.StreamListener;
import accord.benchmark.ledger.ScratchLedger;
import accord.benchmark.rebuild.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the packaged service with a capped heap (512 MiB) under mixed load for ten minutes: clerks
 * recording MoUs and statements one command at a time, auditors reading states, histories, searches
 * and feed pages (of agreements recorded at least 30 s before), and Server-Sent Events subscribers
 * open the whole time. It samples the service's
 * memory as it goes and prints throughput and latency minute by minute, the first minute being the
 * baseline the last is compared with. It fails (exit 1) when any request fails, a subscriber misses
 * or repeats an event, or the service dies or runs out of memory; a missed target is reported.
 */
public final class SoakBenchmark extends ScratchBenchmark {

    private static final Pattern POSITION = Pattern.compile("\"position\"\\s*:\\s*(\\d+)");
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");
    private static final Duration LAST_EVENT_LIMIT = Duration.ofSeconds(60);
    /** The live heap in the last third of the run may be at most this many times the middle third's. */
    private static final double LIVE_HEAP_GROWTH_TARGET = 1.5;

    private final SoakOptions options;
    private final List<MemorySample> samples = new CopyOnWriteArrayList<>();
    /** Agreements recorded, with when (System.nanoTime), in the order they were. */
    private final List<Recorded> agreements = new CopyOnWriteArrayList<>();

    private record Recorded(String id, long at) {
    }

    /**
     * Auditors read agreements recorded at least this long before: the read side is eventually
     * consistent, and reading one's own write ({@code ?minVersion}) is not what this measures.
     */
    private static final Duration SETTLED = Duration.ofSeconds(30);

    private SoakBenchmark(SoakOptions options) {
        this.options = options;
    }

    /**
     * Runs the soak.
     *
     * @param arguments see {@link SoakOptions#parse(String...)}, or {@code --help}
     */
    public static void main(String[] arguments) {
        launch(arguments, SoakOptions.USAGE, SoakOptions::parse, SoakBenchmark::new);
    }

    @Override
    protected void measure() throws Exception {
        ScratchLedger ledger = hold(ScratchLedger.create(options.service(), "accord_soak"));
        String admin = ledger.authorization("admin");
        ledger.createSchema(log("soak-schema"));
        System.out.println("starting the service (-Xmx" + options.service().heap() + ")" + load() + " ...");
        ServiceProcess service = hold(ledger.start(log("soak-service")));
        service.awaitHealthy(admin);

        List<StreamListener> streams = new ArrayList<>();
        for (int i = 0; i < options.subscribers(); i++) {
            streams.add(hold(StreamListener.open(service.base(), ledger.authorization("integrator"))));
        }
        System.out.printf(Locale.ROOT, "soak: %d min, %d writers, %d readers, %d subscribers%s ...%n",
                options.duration().toMinutes(), options.writers(), options.readers(), options.subscribers(), load());
        long start = System.nanoTime();
        long deadline = start + options.duration().toNanos();
        SoakLoad load = new SoakLoad(start);
        ExecutorService clients = Executors.newFixedThreadPool(options.writers() + options.readers() + 1);
        List<Future<?>> running = new ArrayList<>();
        HttpProbe adminProbe = new HttpProbe(service.base(), admin);
        try {
            for (int w = 0; w < options.writers(); w++) {
                HttpProbe clerk = new HttpProbe(service.base(), ledger.authorization("clerk"));
                int writer = w;
                running.add(clients.submit(() -> write(clerk, writer, deadline, load)));
            }
            for (int r = 0; r < options.readers(); r++) {
                HttpProbe auditor = new HttpProbe(service.base(), ledger.authorization("auditor"));
                running.add(clients.submit(() -> read(auditor, deadline, load)));
            }
            running.add(clients.submit(() -> sample(adminProbe, service.pid(), start, deadline)));
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        }
        double seconds = seconds(System.nanoTime() - start);

        long last = load.lastPosition();
        List<String> streamFailures = new ArrayList<>();
        for (StreamListener stream : streams) {
            if (stream.awaitArrival(last, LAST_EVENT_LIMIT) < 0 || stream.failure() != null) {
                streamFailures.add("a subscriber did not receive position " + last
                        + (stream.failure() == null ? "" : ": " + stream.failure()));
            } else if (stream.arrived() != last + 1) {
                streamFailures.add("a subscriber received " + stream.arrived() + " events, not " + (last + 1));
            }
        }
        service.ensureAlive();
        boolean outOfMemory = Files.readString(service.logFile()).contains("OutOfMemoryError");
        report(load, seconds, streams, streamFailures, outOfMemory);
        if (!load.firstErrors().isEmpty() || !streamFailures.isEmpty() || outOfMemory || load.events() != last + 1) {
            throw new IllegalStateException("The soak failed: " + load.firstErrors() + " " + streamFailures
                    + (outOfMemory ? " the service ran out of memory" : "")
                    + (load.events() != last + 1 ? " the commands recorded " + load.events()
                            + " events but the last position is " + last : ""));
        }
    }

    /** One clerk: an MoU on a new agreement, then statements on it, one command at a time. */
    private Void write(HttpProbe clerk, int writer, long deadline, SoakLoad load) {
        for (int agreement = 0; System.nanoTime() < deadline; agreement++) {
            String id = "soak-w" + writer + "-" + agreement;
            if (!command(clerk, "/agreements/" + id + "/sign-mou", CommandBodies.signMoU("Soak MoU " + id), load)) {
                continue;
            }
            agreements.add(new Recorded(id, System.nanoTime()));
            for (int statement = 0; statement < options.statements() && System.nanoTime() < deadline; statement++) {
                command(clerk, "/agreements/" + id + "/record-statement",
                        CommandBodies.recordStatement("Statement " + statement + " on " + id), load);
            }
        }
        return null;
    }

    private static boolean command(HttpProbe clerk, String path, String body, SoakLoad load) {
        long sent = System.nanoTime();
        try {
            HttpProbe.Answer answer = clerk.postJson(path, body);
            long answered = System.nanoTime();
            Matcher position = POSITION.matcher(answer.text());
            if (answer.status() / 100 != 2 || !position.find()) {
                load.failed(SoakLoad.Kind.COMMAND, sent, "POST " + path + " answered " + answer.status() + ": " + answer.text());
                return false;
            }
            load.answered(SoakLoad.Kind.COMMAND, sent, answered);
            load.recorded(Long.parseLong(position.group(1)));
            return true;
        } catch (IOException e) {
            load.failed(SoakLoad.Kind.COMMAND, sent, "POST " + path + ": " + e);
            return false;
        }
    }

    /** One auditor: a state, a history, a search or a page of the feed, one request at a time. */
    private Void read(HttpProbe auditor, long deadline, SoakLoad load) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < deadline) {
            String id = settled(random);
            String path = switch (id == null ? 2 : random.nextInt(4)) {
                case 0 -> "/agreements/" + id;
                case 1 -> "/agreements/" + id + "/history";
                case 2 -> "/agreements?q=soak&limit=20";
                default -> "/events?limit=100&after=" + Math.max(-1, load.lastPosition() - random.nextInt(1000));
            };
            long sent = System.nanoTime();
            try {
                HttpProbe.Answer answer = auditor.get(path);
                if (answer.status() != 200) {
                    load.failed(SoakLoad.Kind.READ, sent, "GET " + path + " answered " + answer.status() + ": " + answer.text());
                } else {
                    load.answered(SoakLoad.Kind.READ, sent, System.nanoTime());
                }
            } catch (IOException e) {
                load.failed(SoakLoad.Kind.READ, sent, "GET " + path + ": " + e);
            }
        }
        return null;
    }

    /** @return an agreement recorded at least {@link #SETTLED} ago, or null when there is none yet */
    private String settled(ThreadLocalRandom random) {
        long before = System.nanoTime() - SETTLED.toNanos();
        int low = 0;
        int high = agreements.size(); // the list grows in time order: find how many were recorded before
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (agreements.get(middle).at() <= before) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low == 0 ? null : agreements.get(random.nextInt(low)).id();
    }

    /** Samples the service's heap, live set, resident memory and threads until the deadline. */
    private Void sample(HttpProbe admin, long pid, long start, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            try {
                samples.add(new MemorySample(seconds(System.nanoTime() - start),
                        metric(admin, "jvm.memory.used?tag=area:heap"), metric(admin, "jvm.gc.live.data.size"),
                        resident(pid), metric(admin, "jvm.threads.live")));
            } catch (IOException | RuntimeException e) {
                System.out.println("memory sample failed: " + e);
            }
            Thread.sleep(options.sampleEvery().toMillis());
        }
        return null;
    }

    private static double metric(HttpProbe admin, String name) throws IOException {
        HttpProbe.Answer answer = admin.ok(admin.get("/actuator/metrics/" + name), "GET /actuator/metrics/" + name);
        Matcher value = VALUE.matcher(answer.text());
        if (!value.find()) {
            throw new IllegalStateException("No value in " + answer.text());
        }
        return Double.parseDouble(value.group(1));
    }

    private static long resident(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException unknown) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    private void report(SoakLoad load, double seconds, List<StreamListener> streams, List<String> streamFailures,
                        boolean outOfMemory) {
        List<SoakLoad.Minute> commands = load.minutes(SoakLoad.Kind.COMMAND);
        List<SoakLoad.Minute> reads = load.minutes(SoakLoad.Kind.READ);
        Latencies allCommands = merged(commands);
        Latencies allReads = merged(reads);
        long errors = commands.stream().mapToLong(minute -> minute.errors.get()).sum()
                + reads.stream().mapToLong(minute -> minute.errors.get()).sum();
        System.out.println();
        System.out.println("| minute | commands/s | command p50 / p99 ms | reads/s | read p50 / p99 ms | errors |");
        System.out.println("|---|---|---|---|---|---|");
        for (int i = 0; i < Math.max(commands.size(), reads.size()); i++) {
            SoakLoad.Minute command = i < commands.size() ? commands.get(i) : new SoakLoad.Minute();
            SoakLoad.Minute read = i < reads.size() ? reads.get(i) : new SoakLoad.Minute();
            System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f / %.1f | %.1f | %.1f / %.1f | %d |%n", i + 1,
                    command.latencies.count() / 60.0, command.latencies.percentileMillis(50),
                    command.latencies.percentileMillis(99), read.latencies.count() / 60.0,
                    read.latencies.percentileMillis(50), read.latencies.percentileMillis(99),
                    command.errors.get() + read.errors.get());
        }
        System.out.println();
        figures.add(Figure.info("mixed load", String.format(Locale.ROOT,
                "%.1f min; %d writers, %d readers, %d SSE subscribers; service -Xmx%s", seconds / 60,
                options.writers(), options.readers(), options.subscribers(), options.service().heap())));
        figures.add(Figure.info("commands", rate(allCommands.count(), seconds, "commands") + "; "
                + latencies(allCommands)));
        figures.add(Figure.info("reads", rate(allReads.count(), seconds, "reads") + "; " + latencies(allReads)));
        if (commands.size() >= 3) {
            SoakLoad.Minute first = commands.get(0);
            SoakLoad.Minute lastFull = commands.get(commands.size() - 2);
            figures.add(Figure.info("baseline: the first minute's commands",
                    String.format(Locale.ROOT, "%.1f commands/s, p99 %.1f ms", first.latencies.count() / 60.0,
                            first.latencies.percentileMillis(99))));
            figures.add(Figure.info("ratio last full minute / first minute", String.format(Locale.ROOT,
                    "throughput %.2f, p99 %.2f", (double) lastFull.latencies.count() / first.latencies.count(),
                    lastFull.latencies.percentileMillis(99) / first.latencies.percentileMillis(99))));
        }
        figures.add(new Figure("error answers (not 2xx, or none)", errors + (load.firstErrors().isEmpty() ? ""
                : "; first: " + load.firstErrors().get(0)), "0", errors == 0));
        figures.add(new Figure("SSE subscribers", String.format(Locale.ROOT, "%d, each received %s", streams.size(),
                streamFailures.isEmpty() ? String.format(Locale.ROOT, "all %,d events once, in order", load.lastPosition() + 1)
                        : streamFailures.get(0)), "every event once, in order", streamFailures.isEmpty()));
        memory(outOfMemory);
    }

    private void memory(boolean outOfMemory) {
        if (samples.size() < 3) {
            figures.add(new Figure("memory", samples.size() + " samples", "bounded", !outOfMemory));
            return;
        }
        int third = samples.size() / 3;
        List<MemorySample> middle = samples.subList(third, 2 * third);
        List<MemorySample> last = samples.subList(2 * third, samples.size());
        double middleTrough = min(middle, MemorySample::heapUsed);
        double lastTrough = min(last, MemorySample::heapUsed);
        double growth = lastTrough / middleTrough;
        figures.add(Figure.info("heap in use", String.format(Locale.ROOT,
                "max %.0f MiB of %s; lowest sample in the middle third %.0f MiB, in the last third %.0f MiB",
                max(samples, MemorySample::heapUsed) / mib(), options.service().heap(), middleTrough / mib(),
                lastTrough / mib())));
        figures.add(Figure.info("old generation live after its last collection", String.format(Locale.ROOT,
                "middle third max %.0f MiB, last third max %.0f MiB", max(middle, MemorySample::liveAfterGc) / mib(),
                max(last, MemorySample::liveAfterGc) / mib())));
        figures.add(Figure.info("resident memory (RSS) and threads", String.format(Locale.ROOT,
                "RSS first %.0f, max %.0f, last %.0f MiB; threads first %.0f, max %.0f, last %.0f",
                samples.get(0).resident() / mib(), max(samples, sample -> sample.resident()) / mib(),
                samples.get(samples.size() - 1).resident() / mib(), samples.get(0).threads(),
                max(samples, MemorySample::threads), samples.get(samples.size() - 1).threads())));
        figures.add(new Figure("memory stays bounded: no OutOfMemoryError; heap trough last third / middle third",
                String.format(Locale.ROOT, "%s; %.2f", outOfMemory ? "OutOfMemoryError" : "none", growth),
                "none; <= " + LIVE_HEAP_GROWTH_TARGET, !outOfMemory && growth <= LIVE_HEAP_GROWTH_TARGET));
    }

    private static Latencies merged(List<SoakLoad.Minute> minutes) {
        Latencies all = new Latencies();
        minutes.forEach(minute -> all.addAll(minute.latencies));
        return all;
    }

    private static double min(List<MemorySample> samples, ToDoubleFunction<MemorySample> value) {
        return samples.stream().mapToDouble(value).min().orElse(Double.NaN);
    }

    private static double max(List<MemorySample> samples, ToDoubleFunction<MemorySample> value) {
        return samples.stream().mapToDouble(value).max().orElse(Double.NaN);
    }

    private static double mib() {
        return 1024.0 * 1024.0;
    }
}
