package accord.query.ledger;

import java.time.Instant;
import java.util.List;

/**
 * What one self-audit found.
 *
 * @param passed             true when the stored events and the tree match everything that was signed
 * @param startedAt          when it started
 * @param finishedAt         when it finished
 * @param leavesChecked      leaves recomputed from their events
 * @param checkpointsChecked signed checkpoints whose signature and root were checked
 * @param mismatchCount      how many mismatches were found
 * @param mismatches         the first of them, in words (at most {@link SelfAudit#LISTED_MISMATCHES})
 */
public record AuditReport(boolean passed, Instant startedAt, Instant finishedAt, long leavesChecked,
                          long checkpointsChecked, long mismatchCount, List<String> mismatches) {

    public AuditReport {
        if (passed != (mismatchCount == 0)) {
            throw new IllegalArgumentException("An audit passes exactly when it finds no mismatch");
        }
        mismatches = List.copyOf(mismatches);
    }

    /** @return the report of an audit that found these mismatches */
    static AuditReport of(Instant startedAt, Instant finishedAt, long leavesChecked, long checkpointsChecked,
                          long mismatchCount, List<String> mismatches) {
        return new AuditReport(mismatchCount == 0, startedAt, finishedAt, leavesChecked, checkpointsChecked,
                mismatchCount, mismatches);
    }
}
