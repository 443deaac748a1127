package accord.messages.queries;

import java.util.List;

/**
 * What changed in an agreement between two versions.
 *
 * @param agreementId the agreement's id
 * @param fromVersion the earlier version
 * @param toVersion the later version
 * @param changes one entry per fact (top-level field of {@link AgreementState}) that differs, in field order
 */
public record AgreementDiff(
        String agreementId,
        long fromVersion,
        long toVersion,
        List<FactChange> changes) {
}
