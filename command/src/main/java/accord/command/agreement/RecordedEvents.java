package accord.command.agreement;

import accord.messages.commands.CorrectRecord;
import accord.messages.events.AgreementEvent;
import accord.messages.events.RecordCorrected;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Remembers the type of every event of the agreement by version, so that a correction can name
 * what it corrects. A member entity of {@link Agreement}: it sees every event the agreement applies.
 */
class RecordedEvents {

    private final Map<Long, String> typeByVersion = new HashMap<>();

    @EventSourcingHandler
    void on(AgreementEvent event, @SequenceNumber long version) {
        typeByVersion.put(version, event.getClass().getSimpleName());
    }

    /** @return the simple type name of the event the command corrects, once the correction is allowed */
    String correctableType(CorrectRecord command) {
        long version = command.correctsVersion();
        String type = typeByVersion.get(version);
        if (type == null) {
            throw new AgreementRefused(ErrorCode.UNKNOWN_EVENT_VERSION, "Agreement '" + command.agreementId()
                    + "' has no event with version " + version + "; its versions run from 0 to "
                    + (typeByVersion.size() - 1) + ". Look the version up in its history and correct that one.");
        }
        if (RecordCorrected.class.getSimpleName().equals(type)) {
            throw new AgreementRefused(ErrorCode.CANNOT_CORRECT_CORRECTION, "Version " + version
                    + " of agreement '" + command.agreementId() + "' is itself a correction and cannot be"
                    + " corrected. Correct the original event again instead.");
        }
        if (version == 0 && command.replacement() == null) {
            throw new AgreementRefused(ErrorCode.CANNOT_WITHDRAW_CREATION, "Version 0 (" + type
                    + ") created agreement '" + command.agreementId() + "' and cannot be withdrawn. Send a"
                    + " replacement with the corrected values instead.");
        }
        return type;
    }
}
