package accord.benchmark.ledger;

import accord.benchmark.CpuMeter;
import accord.benchmark.CpuUse;
import accord.benchmark.Latencies;
import accord.benchmark.ScratchDatabase;
import accord.benchmark.ScratchKey;
import accord.benchmark.Figure;
import accord.benchmark.HttpProbe;
import accord.benchmark.ScratchBenchmark;
import accord.benchmark.rebuild.ServiceProcess;
import accord.messages.ledger.Checkpoint;
import accord.messages.ledger.MerkleProofs;
import accord.messages.ledger.NoteKey;
import accord.messages.ledger.SignedNote;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Measures the ledger of the packaged service at a size: how fast it builds the tree and signs the
 * checkpoint of a ledger of generated, notarised events; how fast it serves inclusion and
 * consistency proofs (against {@code GET /ledger/key}, the HTTP floor of the same service, on the
 * same connection); and how fast its full self-audit runs (against a raw JDBC read of the rows the
 * audit reads). Every proof served in the measured window is verified against the signed root,
 * whose signature is checked with the key the benchmark made. Prints a Markdown table of every
 * figure with its target. Exits 1 when anything failed (a wrong proof, a failed audit), 2 on bad
 * arguments; a missed target is reported, not an error.
 */
public final class LedgerBenchmark extends ScratchBenchmark {

    private static final double PROOF_P99_TARGET_MILLIS = 5;
    private static final double AUDIT_TARGET_LEAVES_PER_SECOND = 200_000;
    private static final Duration AUDIT_LIMIT = Duration.ofMinutes(60);
    private static final int HASH = 32;

    private final LedgerOptions options;
    private final ObjectMapper json = new ObjectMapper();

    private LedgerBenchmark(LedgerOptions options) {
        this.options = options;
    }

    /**
     * Runs the benchmark.
     *
     * @param arguments see {@link LedgerOptions#parse(String...)}, or {@code --help}
     */
    public static void main(String[] arguments) {
        launch(arguments, LedgerOptions.USAGE, LedgerOptions::parse, LedgerBenchmark::new);
    }

    @Override
    protected void measure() throws Exception {
        int leaves = options.leaves();
        ScratchLedger ledger = hold(ScratchLedger.create(options.service(), "accord_ledger"));
        ScratchDatabase database = ledger.database();
        String admin = ledger.authorization("admin");
        String auditor = ledger.authorization("auditor");
        ledger.createSchema(log("ledger-schema"));

        byte[] leafHashes = new byte[leaves * HASH];
        figures.addAll(ledger.write(leaves, (position, hash) ->
                System.arraycopy(hash, 0, leafHashes, Math.toIntExact(position) * HASH, HASH)).figures());

        long start = System.nanoTime();
        LeafTree tree = LeafTree.of(leafHashes, leaves);
        byte[] root = tree.root(leaves);
        figures.add(Figure.info("reference: the benchmark's own tree over the same leaf hashes (memory, 1 thread)",
                rate(leaves, seconds(System.nanoTime() - start), "leaves")));

        System.out.println("starting the service; its signer builds the tree of " + leaves + " leaves" + load() + " ...");
        ServiceProcess service;
        String note;
        try (SignerWatch watch = SignerWatch.start(database)) {
            service = hold(ledger.start(log("ledger-service")));
            service.awaitHealthy(admin);
            double healthy = seconds(System.nanoTime() - service.startedAt());
            note = service.awaitCheckpoint(leaves, auditor, Duration.ofMinutes(options.checkpointMinutes()));
            double seen = seconds(System.nanoTime() - service.startedAt());
            figures.add(Figure.info("service start: answering / checkpoint of every leaf seen (wall, from launch)",
                    String.format(Locale.ROOT, "%.1f s / %.1f s", healthy, seen)));
            OptionalDouble signerStart = watch.transactionStart();
            double signedAt = signedAt(database, leaves);
            if (signerStart.isPresent()) {
                double buildSeconds = signedAt - signerStart.getAsDouble();
                figures.add(Figure.info("tree built and checkpoint signed (signer transaction start to signed_at)",
                        rate(leaves, buildSeconds, "leaves")));
            } else {
                figures.add(Figure.info("tree built and checkpoint signed (signer transaction start to signed_at)",
                        "not observed (quicker than the 20 ms poll" + (watch.failure() == null ? ")" : ", " + watch.failure() + ")")));
            }
        }
        NoteKey pinned = verifyCheckpoint(service, auditor, ledger.key(), note, leaves, root);
        figures.add(Figure.info("served checkpoint", "tree size " + leaves + ", signature valid for the benchmark's key "
                + pinned.keyIdHex() + ", root = the benchmark's own root"));

        proofs(service, database, auditor, tree, root);
        serviceSideGeneration(service, admin);
        audit(service, database, admin);
    }

    /**
     * The service's own timer of proof generation (from reading the stored hashes to the finished
     * path, without HTTP): Micrometer's percentiles over its recent window, which the measured
     * rounds fill.
     */
    private void serviceSideGeneration(ServiceProcess service, String admin) throws Exception {
        HttpProbe http = new HttpProbe(service.base(), admin);
        String scrape = new String(http.ok(http.get("/actuator/prometheus"), "GET /actuator/prometheus").body(),
                StandardCharsets.UTF_8);
        StringBuilder value = new StringBuilder();
        boolean met = true;
        for (String kind : new String[] {"inclusion", "consistency"}) {
            double p50 = quantileMillis(scrape, kind, "0.5");
            double p99 = quantileMillis(scrape, kind, "0.99");
            met &= p99 <= PROOF_P99_TARGET_MILLIS;
            value.append(value.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT, "%s p50 %.2f / p99 %.2f ms",
                    kind, p50, p99));
        }
        figures.add(new Figure("proof generation in the service (accord.ledger.proof.generation, no HTTP)",
                value.toString(), "p99 <= 5 ms", met));
    }

    /** @return the quantile of the proof generation timer in a Prometheus scrape, in milliseconds */
    private static double quantileMillis(String scrape, String kind, String quantile) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith("accord_ledger_proof_generation_seconds{") && line.contains("kind=\"" + kind + "\"")
                    && line.contains("quantile=\"" + quantile + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) * 1000;
            }
        }
        throw new IllegalStateException("The service publishes no " + quantile + " quantile of " + kind
                + " proof generation");
    }

    /** Key, inclusion and consistency requests in a random order each round, one after the other on one connection. */
    private void proofs(ServiceProcess service, ScratchDatabase database, String auditor, LeafTree tree, byte[] root)
            throws Exception {
        long size = tree.size();
        HttpProbe http = new HttpProbe(service.base(), auditor);
        SplittableRandom random = new SplittableRandom(20251201);
        Latencies keys = new Latencies();
        Latencies inclusions = new Latencies();
        Latencies consistencies = new Latencies();
        long[] positions = new long[options.proofs()];
        long[] froms = new long[options.proofs()];
        byte[][] inclusionAnswers = new byte[options.proofs()][];
        byte[][] consistencyAnswers = new byte[options.proofs()][];
        CpuMeter meter = new CpuMeter(OptionalLong.of(service.pid()), database::backends);
        int rounds = options.proofWarmup() + options.proofs();
        System.out.printf(Locale.ROOT, "proofs: %,d rounds of key, inclusion and consistency requests, the first %,d discarded%s ...%n",
                rounds, options.proofWarmup(), load());
        long windowStart = 0;
        for (int round = 0; round < rounds; round++) {
            int measured = round - options.proofWarmup();
            if (measured == 0) {
                meter.start();
                windowStart = System.nanoTime();
            }
            int first = random.nextInt(3);
            boolean forward = random.nextBoolean();
            for (int k = 0; k < 3; k++) {
                int kind = (first + (forward ? k : 3 - k)) % 3;
                long t0;
                long t1;
                switch (kind) {
                    case 0 -> {
                        t0 = System.nanoTime();
                        http.ok(http.get("/ledger/key"), "GET /ledger/key");
                        t1 = System.nanoTime();
                        if (measured >= 0) {
                            keys.add(t1 - t0);
                        }
                    }
                    case 1 -> {
                        long position = random.nextLong(size);
                        String path = "/ledger/proofs/inclusion?position=" + position + "&treeSize=" + size;
                        t0 = System.nanoTime();
                        byte[] body = http.ok(http.get(path), "GET " + path).body();
                        t1 = System.nanoTime();
                        if (measured >= 0) {
                            inclusions.add(t1 - t0);
                            positions[measured] = position;
                            inclusionAnswers[measured] = body;
                        }
                    }
                    default -> {
                        long from = 1 + random.nextLong(size);
                        String path = "/ledger/proofs/consistency?from=" + from + "&to=" + size;
                        t0 = System.nanoTime();
                        byte[] body = http.ok(http.get(path), "GET " + path).body();
                        t1 = System.nanoTime();
                        if (measured >= 0) {
                            consistencies.add(t1 - t0);
                            froms[measured] = from;
                            consistencyAnswers[measured] = body;
                        }
                    }
                }
            }
        }
        CpuUse cpu = meter.stop();
        double window = seconds(System.nanoTime() - windowStart);
        int verified = verifyProofs(tree, root, positions, inclusionAnswers, froms, consistencyAnswers);

        double keyP99 = keys.percentileMillis(99);
        figures.add(Figure.info(String.format(Locale.ROOT, "baseline: GET /ledger/key, %,d sequential, 1 connection", keys.count()),
                latencies(keys)));
        double inclusionP99 = inclusions.percentileMillis(99);
        figures.add(new Figure(String.format(Locale.ROOT, "inclusion proof, treeSize=%,d, random position, %,d sequential",
                size, inclusions.count()), latencies(inclusions), "p99 <= 5 ms", inclusionP99 <= PROOF_P99_TARGET_MILLIS));
        double consistencyP99 = consistencies.percentileMillis(99);
        figures.add(new Figure(String.format(Locale.ROOT, "consistency proof, to=%,d, random from, %,d sequential",
                size, consistencies.count()), latencies(consistencies), "p99 <= 5 ms",
                consistencyP99 <= PROOF_P99_TARGET_MILLIS));
        figures.add(Figure.info("p99 ratio: inclusion / key, consistency / key", String.format(Locale.ROOT,
                "%.2f, %.2f", inclusionP99 / keyP99, consistencyP99 / keyP99)));
        int requests = keys.count() + inclusions.count() + consistencies.count();
        figures.add(Figure.info("CPU per request in the proof window (all three kinds)", String.format(Locale.ROOT,
                "service %.2f ms, PostgreSQL %.2f ms, client %.2f ms; other processes %.2f cores",
                perItemMillis(cpu.service(), requests), perItemMillis(cpu.database(), requests),
                perItemMillis(cpu.generator(), requests), cores(cpu.others(), window))));
        figures.add(Figure.info("served proofs verified against the signed root (MerkleProofs)",
                String.format(Locale.ROOT, "%,d of %,d, all valid", verified, inclusions.count() + consistencies.count())));
    }

    /**
     * Checks every measured proof: the inclusion proofs name the leaf hash the benchmark wrote at
     * that position and prove it under the signed root; the consistency proofs prove the
     * benchmark's own root of {@code from} leaves a prefix of the signed tree.
     */
    private int verifyProofs(LeafTree tree, byte[] root, long[] positions, byte[][] inclusionAnswers, long[] froms,
                             byte[][] consistencyAnswers) throws IOException {
        long size = tree.size();
        List<String> wrong = new ArrayList<>();
        int verified = 0;
        for (int i = 0; i < inclusionAnswers.length; i++) {
            JsonNode proof = json.readTree(inclusionAnswers[i]);
            byte[] expected = tree.leafHash(positions[i]);
            boolean valid = proof.path("position").asLong(-1) == positions[i] && proof.path("treeSize").asLong(-1) == size
                    && Arrays.equals(base64(proof.path("leafHash")), expected)
                    && MerkleProofs.verifyInclusion(positions[i], size, expected, hashes(proof.path("auditPath")), root);
            if (valid) {
                verified++;
            } else if (wrong.size() < 5) {
                wrong.add("inclusion of position " + positions[i] + ": " + proof);
            }
        }
        for (int i = 0; i < consistencyAnswers.length; i++) {
            JsonNode proof = json.readTree(consistencyAnswers[i]);
            boolean valid = proof.path("from").asLong(-1) == froms[i] && proof.path("to").asLong(-1) == size
                    && MerkleProofs.verifyConsistency(froms[i], size, hashes(proof.path("proof")), tree.root(froms[i]), root);
            if (valid) {
                verified++;
            } else if (wrong.size() < 5) {
                wrong.add("consistency from " + froms[i] + ": " + proof);
            }
        }
        if (verified != inclusionAnswers.length + consistencyAnswers.length) {
            throw new IllegalStateException((inclusionAnswers.length + consistencyAnswers.length - verified)
                    + " served proofs do not verify against the signed root, e.g.\n  " + String.join("\n  ", wrong));
        }
        System.out.printf(Locale.ROOT, "verified all %,d served proofs against the signed root%n", verified);
        return verified;
    }

    /** The self-audit, against a raw read of its rows measured just before it. */
    private void audit(ServiceProcess service, ScratchDatabase database, String admin) throws Exception {
        long size = options.leaves();
        System.out.println("reading the audit's rows raw over JDBC, a discarded pass then a measured one" + load() + " ...");
        double rawRate;
        try (Connection connection = database.connect()) {
            long backend = ScratchDatabase.backendPid(connection);
            AuditRead.read(connection);
            CpuMeter meter = new CpuMeter(OptionalLong.of(service.pid()), () -> Set.of(backend));
            meter.start();
            long start = System.nanoTime();
            long rows = AuditRead.read(connection);
            double seconds = seconds(System.nanoTime() - start);
            CpuUse cpu = meter.stop();
            if (rows != size) {
                throw new IllegalStateException("The raw read saw " + rows + " rows, not " + size);
            }
            rawRate = rows / seconds;
            figures.add(Figure.info("baseline: raw JDBC read of the audit's rows (fetch 8192, 1 connection)",
                    rate(rows, seconds, "rows")));
            figures.add(Figure.info("CPU in the raw read", String.format(Locale.ROOT,
                    "PostgreSQL backend %.2f cores, reader %.2f cores, idle service %.2f cores; other processes %.2f cores",
                    cores(cpu.database(), seconds), cores(cpu.generator(), seconds), cores(cpu.service(), seconds),
                    cores(cpu.others(), seconds))));
        }

        HttpProbe http = new HttpProbe(service.base(), admin);
        for (int run = 1; run <= options.audits(); run++) {
            System.out.println("self-audit " + run + " of " + options.audits() + ": POST /admin/ledger/audit" + load() + " ...");
            if (options.auditProfile() != null) {
                jcmd(service, "JFR.start", "name=audit", "settings=profile", "filename=" + options.auditProfile());
            }
            CpuMeter meter = new CpuMeter(OptionalLong.of(service.pid()), database::backends);
            meter.start();
            long start = System.nanoTime();
            HttpProbe.Answer answer = http.post("/admin/ledger/audit", AUDIT_LIMIT);
            double wall = seconds(System.nanoTime() - start);
            CpuUse cpu = meter.stop();
            if (options.auditProfile() != null) {
                jcmd(service, "JFR.stop", "name=audit");
                System.out.println("flight recording of the self-audit: " + options.auditProfile());
            }
            if (answer.status() != 200) {
                throw new IllegalStateException("POST /admin/ledger/audit answered " + answer.status() + " after "
                        + String.format(Locale.ROOT, "%.1f s", wall) + "; the service's log says:\n" + service.tail());
            }
            JsonNode report = json.readTree(answer.body());
            Instant startedAt = instant(report.path("startedAt"));
            Instant finishedAt = instant(report.path("finishedAt"));
            long checked = report.path("leavesChecked").asLong(-1);
            boolean passed = report.path("passed").asBoolean(report.path("mismatchCount").asLong(-1) == 0);
            double seconds = Duration.between(startedAt, finishedAt).toNanos() / 1e9;
            double leavesPerSecond = checked / seconds;
            String suffix = options.audits() > 1 ? " (run " + run + ")" : "";
            boolean last = run == options.audits();
            figures.add(last
                    ? new Figure("self-audit of every leaf (report: leavesChecked / (finishedAt - startedAt))" + suffix,
                            rate(checked, seconds, "leaves"), ">= 200,000 leaves/s",
                            leavesPerSecond >= AUDIT_TARGET_LEAVES_PER_SECOND)
                    : Figure.info("self-audit of every leaf" + suffix, rate(checked, seconds, "leaves")));
            figures.add(Figure.info("self-audit report" + suffix, String.format(Locale.ROOT,
                    "passed=%s, %,d leaves, %d checkpoints, %d mismatches; %.1f s at the client",
                    passed, checked, report.path("checkpointsChecked").asLong(-1), report.path("mismatchCount").asLong(-1), wall)));
            figures.add(Figure.info("ratio self-audit / raw read" + suffix,
                    String.format(Locale.ROOT, "%.2f", leavesPerSecond / rawRate)));
            figures.add(Figure.info("CPU in the self-audit" + suffix, String.format(Locale.ROOT,
                    "service %.2f cores (%.1f µs a leaf), PostgreSQL %.2f cores (%.1f µs a leaf); other processes %.2f cores",
                    cores(cpu.service(), wall), perItemMillis(cpu.service(), checked) * 1000,
                    cores(cpu.database(), wall), perItemMillis(cpu.database(), checked) * 1000, cores(cpu.others(), wall))));
            if (!passed || checked != size) {
                throw new IllegalStateException("The self-audit of a ledger written as the service writes it "
                        + (passed ? "checked " + checked + " leaves, not " + size : "failed: " + report.path("mismatches")));
            }
        }
    }

    /** Checks the served key is the benchmark's, the checkpoint's signature with it, and its root against the benchmark's. */
    private NoteKey verifyCheckpoint(ServiceProcess service, String auditor, ScratchKey key, String note, long size,
                                     byte[] root) throws IOException {
        HttpProbe http = new HttpProbe(service.base(), auditor);
        JsonNode served = json.readTree(http.ok(http.get("/ledger/key"), "GET /ledger/key").body());
        NoteKey pinned = NoteKey.of(served.path("keyName").asText(), key.publicKey());
        if (!pinned.verifierKey().equals(served.path("verifierKey").asText())) {
            throw new IllegalStateException("The service's verifier key " + served.path("verifierKey")
                    + " is not the benchmark's " + pinned.verifierKey());
        }
        SignedNote signed = SignedNote.parse(note);
        if (!signed.verifiedBy(pinned)) {
            throw new IllegalStateException("The checkpoint's signature does not verify with the benchmark's key:\n" + note);
        }
        Checkpoint checkpoint = Checkpoint.parse(signed.text());
        if (checkpoint.treeSize() != size || !Arrays.equals(checkpoint.rootHash(), root)) {
            throw new IllegalStateException("The signed checkpoint (size " + checkpoint.treeSize() + ", root "
                    + Base64.getEncoder().encodeToString(checkpoint.rootHash()) + ") is not the benchmark's tree of "
                    + size + " leaves (root " + Base64.getEncoder().encodeToString(root) + ")");
        }
        System.out.println("checkpoint verified: " + size + " leaves, root " + Base64.getEncoder().encodeToString(root)
                + ", signed by " + pinned.verifierKey());
        return pinned;
    }

    /** Runs a diagnostic command in the service's JVM (the JDK's jcmd, beside this java). */
    private static void jcmd(ServiceProcess service, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(service.pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
        }
    }

    private static double signedAt(ScratchDatabase database, long size) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement query = connection.prepareStatement(
                        "select extract(epoch from signed_at) from ledger_checkpoint where tree_size = ?")) {
            query.setLong(1, size);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("No checkpoint of " + size + " leaves in ledger_checkpoint");
                }
                return result.getDouble(1);
            }
        }
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(base64(hash)));
        return hashes;
    }

    private static byte[] base64(JsonNode text) {
        try {
            return Base64.getDecoder().decode(text.asText());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** Spring writes instants as ISO-8601 text; as decimal seconds if the service is set up so. */
    private static Instant instant(JsonNode value) {
        if (value.isNumber()) {
            BigDecimal seconds = value.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        return Instant.parse(value.asText());
    }
}
