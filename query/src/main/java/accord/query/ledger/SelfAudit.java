package accord.query.ledger;

import accord.messages.ledger.Checkpoint;
import accord.messages.ledger.CompactRange;
import accord.messages.ledger.MerkleHashes;
import accord.messages.ledger.NoteKey;
import accord.messages.ledger.SignedNote;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes every leaf from its stored event and every signed root from the leaves, and compares
 * them with what the ledger recorded and signed (docs/ledger.md). It finds an edited event (its
 * leaf changes), a deleted or inserted event (a position goes missing, an event has no leaf, or
 * the roots change), a rewritten leaf or subtree (the roots change), and a forged checkpoint (its
 * signature fails).
 */
public class SelfAudit {

    /** Mismatches listed in a report; the rest are only counted. */
    public static final int LISTED_MISMATCHES = 100;

    private static final int BATCH = 8_192;

    private final JdbcTemplate jdbc;
    private final Collection<NoteKey> trustedKeys;
    private final Clock clock;

    /**
     * @param jdbc        the ledger's database
     * @param trustedKeys the keys checkpoints may be signed with: the signing key and retired ones
     * @param clock       for the report's times
     */
    public SelfAudit(JdbcTemplate jdbc, Collection<NoteKey> trustedKeys, Clock clock) {
        this.jdbc = jdbc;
        this.trustedKeys = List.copyOf(trustedKeys);
        this.clock = clock;
    }

    /** @return what the audit found; it reads the whole ledger */
    public AuditReport run() {
        Instant started = clock.instant();
        Findings findings = new Findings();
        List<SignedCheckpoint> checkpoints = jdbc.query(
                "select * from ledger_checkpoint order by tree_size",
                (rs, row) -> new SignedCheckpoint(rs.getLong("tree_size"), rs.getBytes("root_hash"),
                        rs.getString("key_id"), rs.getTimestamp("signed_at").toInstant(), rs.getString("note")));
        checkpoints.forEach(checkpoint -> checkSignature(checkpoint, findings));
        Iterator<SignedCheckpoint> pending = checkpoints.iterator();
        long head = jdbc.queryForObject("select size from ledger_head where id = 1", Long.class);
        Walk walk = new Walk(pending, findings);
        walk.checkpointsDue();
        List<String> withoutLeaves;
        try {
            withoutLeaves = walk.scan(new LeafEvents(jdbc.getDataSource()));
        } catch (SQLException failure) {
            throw new IllegalStateException("The self-audit could not read the ledger: " + failure.getMessage(), failure);
        }
        for (SignedCheckpoint unreached = walk.next; unreached != null;
             unreached = pending.hasNext() ? pending.next() : null) {
            findings.add("checkpoint " + unreached.treeSize() + " was signed but the ledger has only "
                    + walk.tree.size() + " leaves");
        }
        if (walk.tree.size() < head) {
            findings.add("the ledger head says " + head + " leaves but " + walk.tree.size() + " are stored");
        }
        withoutLeaves.forEach(id -> findings.add("event " + id + " is stored but has no leaf in the ledger"));
        return AuditReport.of(started, clock.instant(), walk.tree.size(), checkpoints.size(),
                findings.count.get(), List.copyOf(findings.listed));
    }

    private void checkSignature(SignedCheckpoint checkpoint, Findings findings) {
        try {
            SignedNote note = SignedNote.parse(checkpoint.note());
            if (trustedKeys.stream().noneMatch(note::verifiedBy)) {
                findings.add("checkpoint " + checkpoint.treeSize() + " is not signed by a trusted key");
                return;
            }
            Checkpoint body = Checkpoint.parse(note.text());
            if (body.treeSize() != checkpoint.treeSize() || !Arrays.equals(body.rootHash(), checkpoint.rootHash())) {
                findings.add("checkpoint " + checkpoint.treeSize() + ": its stored root or size differs from its signed note");
            }
        } catch (RuntimeException unreadable) {
            findings.add("checkpoint " + checkpoint.treeSize() + " is not a readable signed note: " + unreadable.getMessage());
        }
    }

    /** Walks the leaves in position order, growing the tree and comparing roots at each checkpoint. */
    private final class Walk {

        private final Iterator<SignedCheckpoint> pending;
        private final Findings findings;
        private final CompactRange tree = CompactRange.empty();
        private SignedCheckpoint next;
        private List<StoredEvent> batch = new ArrayList<>(BATCH);
        private CompletableFuture<Void> checked = CompletableFuture.completedFuture(null);

        Walk(Iterator<SignedCheckpoint> pending, Findings findings) {
            this.pending = pending;
            this.findings = findings;
            this.next = pending.hasNext() ? pending.next() : null;
        }

        /**
         * Hashes one batch of leaves on every core while the next batch is read, and walks them in
         * position order.
         */
        List<String> scan(LeafEvents leafEvents) throws SQLException {
            List<String> withoutLeaves = leafEvents.scan(this::add);
            flush();
            checked.join();
            return withoutLeaves;
        }

        private void add(StoredEvent event) {
            batch.add(event);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        private void flush() {
            List<StoredEvent> full = batch;
            batch = new ArrayList<>(BATCH);
            CompletableFuture<byte[][]> hashed = CompletableFuture.supplyAsync(() -> recompute(full));
            checked.join();
            checked = hashed.thenAccept(hashes -> check(full, hashes));
        }

        private static byte[][] recompute(List<StoredEvent> batch) {
            byte[][] recomputed = new byte[batch.size()][];
            IntStream.range(0, batch.size()).parallel().forEach(i -> recomputed[i] = recompute(batch.get(i)));
            return recomputed;
        }

        void check(List<StoredEvent> batch, byte[][] recomputed) {
            for (int i = 0; i < batch.size(); i++) {
                StoredEvent event = batch.get(i);
                if (event.position() != tree.size()) {
                    findings.add("position " + tree.size() + " is missing: the next leaf is at " + event.position());
                }
                if (event.eventId() == null) {
                    findings.add("the event of the leaf at position " + event.position() + " is gone");
                } else if (recomputed[i] == null) {
                    findings.add("the event at position " + event.position() + " (" + event.eventId()
                            + ") can no longer be read as a leaf");
                } else if (!Arrays.equals(recomputed[i], event.recordedLeafHash())) {
                    findings.add("the event at position " + event.position() + " (" + event.eventId()
                            + ", agreement " + event.agreementId() + " version " + event.version()
                            + ") differs from what was notarised");
                }
                tree.append(recomputed[i] != null ? recomputed[i] : event.recordedLeafHash(), (node, hash) -> { });
                checkpointsDue();
            }
        }

        void checkpointsDue() {
            while (next != null && next.treeSize() == tree.size()) {
                byte[] root = tree.root();
                if (!Arrays.equals(root, next.rootHash())) {
                    findings.add("the tree of " + next.treeSize() + " leaves has root "
                            + Base64.getEncoder().encodeToString(root) + " but its checkpoint signed "
                            + Base64.getEncoder().encodeToString(next.rootHash()));
                }
                next = pending.hasNext() ? pending.next() : null;
            }
        }

        private static byte[] recompute(StoredEvent event) {
            if (event.eventId() == null) {
                return null;
            }
            try {
                return MerkleHashes.leafHash(event.leaf().canonicalBytes());
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
    }

    private static final class Findings {
        private final AtomicLong count = new AtomicLong();
        private final List<String> listed = new ArrayList<>();

        void add(String finding) {
            if (count.incrementAndGet() <= LISTED_MISMATCHES) {
                listed.add(finding);
            }
        }
    }
}
