package accord.messages.events;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Something that happened to one agreement, as recorded in the ledger. Events are immutable
 * and never validate: a stored event must always load, so rules live in the aggregate and at
 * the HTTP edge. Their class names are stored with every event: renaming one is a breaking
 * change of the published contract.
 */
public interface AgreementEvent {

    /** @return the id of the agreement the event belongs to */
    String agreementId();

    /** @return when the fact happened in the world */
    OccurredOn occurredOn();

    /** @return the sources that support the fact */
    List<Source> sources();
}
