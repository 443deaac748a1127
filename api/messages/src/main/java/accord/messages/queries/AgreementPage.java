package accord.messages.queries;

import java.util.List;

/**
 * One page of agreements, the answer to {@link ListAgreements}.
 *
 * @param items the agreements of this page, sorted by agreement id
 * @param nextCursor an opaque cursor that asks for the page after this one, or null when this is the last page
 */
public record AgreementPage(
        List<AgreementSummary> items,
        String nextCursor) {
}
