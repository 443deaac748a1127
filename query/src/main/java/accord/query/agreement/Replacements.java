package accord.query.agreement;

import accord.messages.events.AgreementEvent;
import accord.messages.events.RecordCorrected;

/** Reads the replacement a correction gives as an event of the corrected event's type. */
@FunctionalInterface
public interface Replacements {

    /**
     * @param correction a correction with a replacement
     * @param corrected the event it corrects
     * @return the replacement, of the corrected event's type
     */
    AgreementEvent replacementOf(RecordCorrected correction, AgreementEvent corrected);
}
