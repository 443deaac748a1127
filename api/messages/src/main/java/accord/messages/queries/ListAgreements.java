package accord.messages.queries;

import accord.messages.agreement.AgreementKind;
import accord.messages.agreement.AgreementStatus;
import java.time.LocalDate;

/**
 * Asks for one page of the agreements that pass every filter given, sorted by agreement id in
 * ascending code-point order. Answered with an {@link AgreementPage}. A null filter does not
 * filter.
 *
 * @param party only agreements with a party of this code (case-insensitive), or null
 * @param kind only agreements of this kind, or null
 * @param status only agreements in this status, or null
 * @param scopeArea only agreements covering this scope area (the whole area, case-insensitive), or null
 * @param text only agreements whose id, title, party codes and names, statement texts or speaker
 *     names contain every whitespace-separated word of this text (case-insensitive substrings), or null
 * @param occurredFrom only agreements with a fact that can have happened on or after this day, or null
 * @param occurredTo only agreements with a fact that can have happened on or before this day, or null
 * @param cursor the {@link AgreementPage#nextCursor()} of the page before, or null for the first page
 * @param limit how many agreements at most, from 1 to {@link #MAX_LIMIT}
 */
public record ListAgreements(
        String party,
        AgreementKind kind,
        AgreementStatus status,
        String scopeArea,
        String text,
        LocalDate occurredFrom,
        LocalDate occurredTo,
        String cursor,
        int limit) {

    /** How many agreements a page holds when the caller does not say. */
    public static final int DEFAULT_LIMIT = 50;

    /** The most agreements a page may hold. */
    public static final int MAX_LIMIT = 500;
}
