package accord.http.search;

import accord.messages.queries.AgreementSummary;
import java.util.List;

/**
 * The answer of {@code GET /agreements}: one page of agreements.
 *
 * @param items the agreements of this page, sorted by id
 * @param next the cursor of the next page, or null when this is the last
 */
public record AgreementListing(List<AgreementSummary> items, String next) {
}
