package accord.benchmark.ledger;

import accord.benchmark.ScratchArguments;
import java.nio.file.Path;

/**
 * What one ledger benchmark run does, read from an optional leaf count and {@code --name=value}
 * arguments.
 *
 * @param leaves events, and so leaves, in the generated ledger
 * @param proofs measured requests of each kind: key, inclusion proof, consistency proof
 * @param proofWarmup discarded requests of each kind before them
 * @param audits self-audits run one after the other; the last is held against the target
 * @param checkpointMinutes how long the service may take to sign the checkpoint of every leaf
 * @param auditProfile where to write a flight recording (JFR, {@code settings=profile}) of the
 *     service taken during the self-audit only, through {@code jcmd}; null for none
 * @param service how the service runs
 */
public record LedgerOptions(
        int leaves,
        int proofs,
        int proofWarmup,
        int audits,
        int checkpointMinutes,
        Path auditProfile,
        ServiceSettings service) {

    /** The writer keeps every leaf hash in one array; this keeps its size an int. */
    static final int MAX_LEAVES = 50_000_000;
    /** The generator's long history and the smallest agreement beside it. */
    static final int MIN_LEAVES = 1_100;

    static final String USAGE = """
            usage: bash benchmark/ledger [leaves] [--name=value ...]
              leaves                      leaves (events) in the ledger (default 1000000)
              --proofs=3000               measured requests of each kind: GET /ledger/key,
                                          inclusion proof, consistency proof (interleaved)
              --proof-warmup=1000         discarded requests of each kind before them
              --audits=1                  self-audits, one after the other (the last one counts)
              --checkpoint-minutes=30     how long the first checkpoint of all leaves may take
              --audit-profile=<file.jfr>  record the service with JFR (settings=profile) during the
                                          self-audit only, started and stopped with jcmd
            """ + ServiceSettings.USAGE;

    /**
     * Reads the arguments.
     *
     * @param arguments an optional leading leaf count, then {@code --name=value} pairs
     * @return the options, with defaults for what is not given
     * @throws IllegalArgumentException for an unknown or malformed argument
     */
    public static LedgerOptions parse(String... arguments) {
        ScratchArguments given = new ScratchArguments("leaves", arguments);
        LedgerOptions options = new LedgerOptions(
                given.number("leaves", "1000000"),
                given.number("proofs", "3000"),
                given.number("proof-warmup", "1000"),
                given.number("audits", "1"),
                given.number("checkpoint-minutes", "30"),
                given.has("audit-profile") ? Path.of(given.take("audit-profile", "")).toAbsolutePath() : null,
                ServiceSettings.take(given));
        given.requireAllTaken();
        if (options.leaves < MIN_LEAVES || options.leaves > MAX_LEAVES) {
            throw new IllegalArgumentException("The ledger needs " + MIN_LEAVES + " to " + MAX_LEAVES + " leaves");
        }
        return options;
    }
}
