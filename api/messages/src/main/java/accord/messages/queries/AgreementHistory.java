package accord.messages.queries;

import java.util.List;

/**
 * One page of an agreement's history.
 *
 * @param agreementId the agreement's id
 * @param entries the events, in version order
 * @param next the cursor of the next page (pass it as {@code after}), or null on the last page
 */
public record AgreementHistory(
        String agreementId,
        List<HistoryEntry> entries,
        Long next) {
}
