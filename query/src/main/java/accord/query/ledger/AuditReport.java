package accord.query.ledger;

import java.time.Instant;
import java.util.List;

/**
 * What one self-audit found.
 *
 * @param startedAt          when it started
 * @param finishedAt         when it finished
 * @param leavesChecked      leaves recomputed from their events
 * @param checkpointsChecked signed checkpoints whose signature and root were checked
 * @param mismatchCount      how many mismatches were found
 * @param mismatches         the first of them, in words (at most {@link SelfAudit#LISTED_MISMATCHES})
 */
public record AuditReport(Instant startedAt, Instant finishedAt, long leavesChecked, long checkpointsChecked,
                          long mismatchCount, List<String> mismatches) {

    /** @return true when the stored events and the tree match everything that was signed */
    public boolean passed() {
        return mismatchCount == 0;
    }
}
