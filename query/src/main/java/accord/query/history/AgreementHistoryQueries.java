package accord.query.history;

import accord.messages.agreement.OccurredOn;
import accord.messages.events.RecordCorrected;
import accord.messages.queries.AgreementDiff;
import accord.messages.queries.AgreementHistory;
import accord.messages.queries.AgreementState;
import accord.messages.queries.DiffAgreement;
import accord.messages.queries.FindAgreementAsOf;
import accord.messages.queries.FindAgreementHistory;
import accord.messages.queries.HistoryEntry;
import accord.messages.queries.InboundLink;
import accord.query.agreement.AgreementEvolution;
import accord.query.agreement.InboundLinks;
import accord.query.agreement.RecordedEvent;
import accord.query.agreement.Replacements;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers what the history holds: an agreement's events, its state as it stood at an earlier
 * point, and what changed between two versions. Every state is folded from the history rows by
 * {@link AgreementEvolution}, the code the live projection evolves states with.
 */
@Component
public class AgreementHistoryQueries {

    private final AgreementHistoryRepository history;
    private final InboundLinks links;
    private final Replacements replacements;

    /**
     * @param history the history rows
     * @param links the links that point to agreements
     * @param replacements reads the replacements corrections give
     */
    public AgreementHistoryQueries(AgreementHistoryRepository history, InboundLinks links, Replacements replacements) {
        this.history = history;
        this.links = links;
        this.replacements = replacements;
    }

    /**
     * @param query which agreement, which events and which page
     * @return the page, or empty when the history holds no event of the agreement
     */
    @QueryHandler
    public Optional<AgreementHistory> handle(FindAgreementHistory query) {
        List<HistoryRow> rows = history.page(query, query.limit() + 1);
        if (rows.isEmpty() && history.lastVersion(query.agreementId()).isEmpty()) {
            return Optional.empty();
        }
        boolean more = rows.size() > query.limit();
        List<HistoryRow> page = more ? rows.subList(0, query.limit()) : rows;
        Map<Long, List<Long>> correctedBy = history.corrections(query.agreementId());
        List<HistoryEntry> entries = page.stream().map(row -> entry(row, correctedBy)).toList();
        Long next = more ? page.get(page.size() - 1).version() : null;
        return Optional.of(new AgreementHistory(query.agreementId(), entries, next));
    }

    @SuppressWarnings("unchecked")
    private HistoryEntry entry(HistoryRow row, Map<Long, List<Long>> correctedBy) {
        return new HistoryEntry(row.position(), row.version(), row.type(), row.revision(), row.occurredOn(),
                row.recordedAt(), row.recordedBy(), history.read(row).sources(), row.correlationId(),
                row.causationId(), (Map<String, Object>) history.tree(row.payload()), row.corrects(),
                correctedBy.getOrDefault(row.version(), List.of()));
    }

    /**
     * @param query which agreement and which point
     * @return its state at that point, or empty when it had none then, or when the history has
     *     not yet reached the version asked for
     */
    @QueryHandler
    public Optional<AgreementState> handle(FindAgreementAsOf query) {
        List<RecordedEvent> events = eventsOf(query.agreementId());
        List<RecordedEvent> included;
        List<RecordedEvent> corrections;
        if (query.version() != null) {
            if (events.isEmpty() || events.get(events.size() - 1).version() < query.version()) {
                return Optional.empty();
            }
            included = select(events, event -> event.version() <= query.version());
            corrections = included;
        } else if (query.recordedAt() != null) {
            included = select(events, event -> !event.recordedAt().isAfter(query.recordedAt()));
            corrections = included;
        } else {
            included = select(events, event -> mayHaveOccurredBy(event.event().occurredOn(), query.occurredOn()));
            corrections = events;
        }
        AgreementState state = AgreementEvolution.fold(included, corrections, replacements);
        if (state == null) {
            return Optional.empty();
        }
        Instant linksAsOf = query.recordedAt() != null ? query.recordedAt() : state.lastRecordedAt();
        List<InboundLink> linkedFrom = links.pointingTo(query.agreementId(), linksAsOf);
        if (query.occurredOn() != null) {
            linkedFrom = linkedFrom.stream().filter(link -> mayHaveOccurredBy(link.occurredOn(), query.occurredOn()))
                    .toList();
        }
        return Optional.of(InboundLinks.withLinkedFrom(state, linkedFrom));
    }

    /**
     * @param query which agreement and which two versions
     * @return what changed, or empty when the history has not yet reached the later version
     */
    @QueryHandler
    public Optional<AgreementDiff> handle(DiffAgreement query) {
        List<RecordedEvent> events = eventsOf(query.agreementId());
        if (events.isEmpty() || events.get(events.size() - 1).version() < query.toVersion()) {
            return Optional.empty();
        }
        return Optional.of(new AgreementDiff(query.agreementId(), query.fromVersion(), query.toVersion(),
                AgreementDiffs.between(events, query.fromVersion(), query.toVersion(), replacements)));
    }

    private List<RecordedEvent> eventsOf(String agreementId) {
        List<RecordedEvent> events = new ArrayList<>();
        for (HistoryRow row : history.rowsOf(agreementId)) {
            events.add(new RecordedEvent(row.version(), row.position(), row.recordedAt(), history.read(row)));
        }
        return events;
    }

    private static List<RecordedEvent> select(List<RecordedEvent> events, Predicate<RecordedEvent> included) {
        return events.stream().filter(included).toList();
    }

    // An event without a usable world date is kept: nothing says it happened later.
    private static boolean mayHaveOccurredBy(OccurredOn occurredOn, OccurredOn asOf) {
        return occurredOn == null || occurredOn.problem().isPresent() || !asOf.isCertainlyBefore(occurredOn);
    }

    static boolean isCorrection(RecordedEvent event) {
        return event.event() instanceof RecordCorrected;
    }
}
