package accord.query.history;

import accord.query.ledger.LedgerPositions;
import accord.messages.events.AgreementEvent;
import accord.messages.events.RecordCorrected;
import accord.messages.recording.RecordingMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.stereotype.Component;

/**
 * Keeps one row per event of every agreement: where it stands in the ledger, when it happened
 * and was recorded, who recorded it, in which context, on what sources, and the event itself.
 *
 * <p>The rows of one batch are collected in its unit of work and written in one JDBC batch when
 * it commits. A row is keyed by agreement and version and never changes, so a batch delivered
 * again writes nothing new.
 */
@Component
@ProcessingGroup("agreement-history")
public class AgreementHistoryProjection {

    private static final String PENDING = AgreementHistoryProjection.class.getName() + ".pending";
    private static final RevisionResolver REVISIONS = new AnnotationRevisionResolver();

    private final AgreementHistoryRepository history;
    private final LedgerPositions positions;

    /** @param history where the rows are kept */
    public AgreementHistoryProjection(AgreementHistoryRepository history, LedgerPositions positions) {
        this.history = history;
        this.positions = positions;
    }

    /**
     * Adds the event's row to the batch.
     *
     * @param event the event
     * @param version its sequence number in the agreement's stream
     * @param eventId its identifier
     * @param recordedAt when it was recorded
     * @param metaData who recorded it and in which context
     * @param batch the unit of work of the batch
     */
    @EventHandler
    public void on(AgreementEvent event, @SequenceNumber long version, @MessageIdentifier String eventId,
                   @Timestamp Instant recordedAt, MetaData metaData, UnitOfWork<?> batch) {
        long position = positions.of(eventId, metaData);
        Long corrects = event instanceof RecordCorrected correction ? correction.correctsVersion() : null;
        pendingOf(batch).add(new HistoryRow(event.agreementId(), version, position, event.getClass().getSimpleName(),
                REVISIONS.revisionOf(event.getClass()), event.occurredOn(), recordedAt,
                text(metaData.get(RecordingMetadata.RECORDED_BY)), text(metaData.get(RecordingMetadata.CORRELATION_ID)),
                text(metaData.get(RecordingMetadata.CAUSATION_ID)),
                history.write(event.sources() == null ? List.of() : event.sources()), history.write(event), corrects));
    }

    private List<HistoryRow> pendingOf(UnitOfWork<?> batch) {
        return batch.root().getOrComputeResource(PENDING, key -> {
            List<HistoryRow> pending = new ArrayList<>();
            batch.root().onPrepareCommit(committing -> history.saveAll(pending));
            return pending;
        });
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Forgets every row before a replay rebuilds them. */
    @ResetHandler
    public void reset() {
        history.clear();
    }
}
