package accord.query.search;

import accord.query.ledger.LedgerPositions;
import accord.messages.events.AgreementEvent;
import accord.messages.events.RecordCorrected;
import accord.messages.queries.AgreementPage;
import accord.messages.queries.AgreementSummary;
import accord.messages.queries.ListAgreements;
import accord.query.agreement.AgreementJournal;
import accord.query.agreement.Replacements;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps a searchable summary of every agreement and answers {@link ListAgreements}. Events may
 * be delivered again, so an event whose version is not newer than the stored entry is skipped.
 *
 * <p>The processor hands events over in batches, each in one unit of work and one transaction.
 * Within a batch every agreement is read at most once, evolved in memory by all of its events,
 * and the batch's changes are written together, in batched statements, when it commits.
 *
 * <p>Pages are sorted by agreement id in ascending code-point order; the cursor names the last id
 * of the page before, so agreements added meanwhile never shift a page.
 */
@Component
@ProcessingGroup("agreement-search")
public class AgreementSearchProjection {

    private static final String WORKING_SET = AgreementSearchProjection.class.getName() + ".workingSet";

    private final AgreementSearchRepository entries;
    private final AgreementJournal journal;
    private final Replacements replacements;
    private final LedgerPositions positions;

    /**
     * @param entries where the summaries are kept
     * @param journal the agreements' events, folded again after a correction
     * @param replacements reads the replacements corrections give
     */
    public AgreementSearchProjection(AgreementSearchRepository entries, AgreementJournal journal,
                                     Replacements replacements, LedgerPositions positions) {
        this.positions = positions;
        this.entries = entries;
        this.journal = journal;
        this.replacements = replacements;
    }

    /**
     * Applies one event of an agreement to its summary.
     *
     * @param event the event
     * @param version its sequence number in the agreement's stream
     * @param eventId its identifier
     * @param metaData its metadata, with its ledger position
     * @param recordedAt when it was recorded
     * @param batch the unit of work of the batch the event arrives in
     */
    @EventHandler
    public void on(AgreementEvent event, @SequenceNumber long version, @MessageIdentifier String eventId,
                   MetaData metaData, @Timestamp Instant recordedAt, UnitOfWork<?> batch) {
        Map<String, Pending> workingSet = workingSetOf(batch);
        Pending pending = workingSet.computeIfAbsent(event.agreementId(),
                agreementId -> new Pending(entries.find(agreementId).orElse(null)));
        if (pending.current != null && version <= pending.current.version()) {
            return;
        }
        pending.current = event instanceof RecordCorrected
                ? SearchEntry.refold(journal.eventsOf(event.agreementId(), version), replacements)
                : SearchEntry.evolve(pending.current, event, version, positions.of(eventId, metaData), recordedAt);
    }

    private Map<String, Pending> workingSetOf(UnitOfWork<?> batch) {
        return batch.root().getOrComputeResource(WORKING_SET, key -> {
            Map<String, Pending> workingSet = new LinkedHashMap<>();
            batch.root().onPrepareCommit(committing -> entries.saveAll(workingSet.values().stream()
                    .filter(Pending::changed)
                    .map(pending -> new SearchChange(pending.stored, pending.current))
                    .toList()));
            return workingSet;
        });
    }

    /** Forgets every summary before a replay rebuilds them. */
    @ResetHandler
    public void reset() {
        entries.clear();
    }

    /**
     * @param query the filters, the cursor and the page size
     * @return the page of agreements that pass every filter, after the cursor, sorted by id
     * @throws IllegalArgumentException when the limit is out of range or the cursor is not one this service wrote
     */
    @QueryHandler
    public AgreementPage handle(ListAgreements query) {
        if (query.limit() < 1 || query.limit() > ListAgreements.MAX_LIMIT) {
            throw new IllegalArgumentException("The limit must be from 1 to " + ListAgreements.MAX_LIMIT);
        }
        String afterId = query.cursor() == null ? null : SearchCursor.decode(query.cursor())
                .orElseThrow(() -> new IllegalArgumentException("The cursor is not one this service wrote"));
        List<AgreementSummary> found = entries.page(query, afterId, query.limit() + 1);
        if (found.size() <= query.limit()) {
            return new AgreementPage(found, null);
        }
        List<AgreementSummary> page = found.subList(0, query.limit());
        return new AgreementPage(List.copyOf(page), SearchCursor.after(page.get(page.size() - 1).agreementId()));
    }

    /** One agreement's entry as the batch found it and as its events have made it so far. */
    private static final class Pending {

        private final SearchEntry stored;
        private SearchEntry current;

        private Pending(SearchEntry stored) {
            this.stored = stored;
            this.current = stored;
        }

        private boolean changed() {
            return current != stored;
        }
    }
}
