package accord.command.ledger;

import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC event store that notarises every append: the events and their ledger leaves are
 * written in one transaction ({@link Notary}). Axon's global index stays what Axon uses to track
 * processors; it has gaps and can commit out of order, so it is not the ledger position.
 */
public class NotarisingEventStorageEngine extends JdbcEventStorageEngine {

    private final TransactionManager transactions;
    private final Notary notary;

    /**
     * @param builder      Axon's builder, fully configured
     * @param transactions the transaction manager given to the builder; appends join the caller's transaction
     * @param notary       records the leaves
     */
    public NotarisingEventStorageEngine(Builder builder, TransactionManager transactions, Notary notary) {
        super(builder);
        this.transactions = transactions;
        this.notary = notary;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            List<EventMessage<?>> positioned = notary.position(events);
            super.appendEvents(positioned, serializer);
            notary.notarise(positioned, serializer);
        });
    }
}
