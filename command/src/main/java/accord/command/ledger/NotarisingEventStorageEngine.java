package accord.command.ledger;

import java.sql.SQLRecoverableException;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
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
        try {
            transactions.executeInTransaction(() -> {
                List<EventMessage<?>> positioned = notary.position(events);
                super.appendEvents(positioned, serializer);
                notary.notarise(positioned, serializer);
            });
        } catch (AssertionError failure) {
            if (fromTheDriver(failure)) {
                throw new EventStoreException("The connection to the database broke while appending events",
                        new SQLRecoverableException("The PostgreSQL driver failed a batch on a broken connection",
                                "08006", failure));
            }
            throw failure;
        }
    }

    /**
     * With assertions on (as in tests), the PostgreSQL driver fails a batch on a connection that broke
     * mid-way with an AssertionError ("pgStatement.getConnection().getAutoCommit() should not throw")
     * instead of an SQLException. An Error passes by Axon's unit of work without rolling it back, which
     * leaves the transaction and its dead connection bound to the thread, failing every later command
     * on it. As an exception it rolls back like any other failure of the database.
     */
    private static boolean fromTheDriver(AssertionError failure) {
        StackTraceElement[] where = failure.getStackTrace();
        return where.length > 0 && where[0].getClassName().startsWith("org.postgresql.");
    }
}
