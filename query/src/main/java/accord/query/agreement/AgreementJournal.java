package accord.query.agreement;

import java.util.List;

/** Reads an agreement's recorded events, to fold its state again after a correction. */
@FunctionalInterface
public interface AgreementJournal {

    /**
     * @param agreementId the agreement
     * @param upToVersion the last version to read
     * @return its events up to that version, in version order
     */
    List<RecordedEvent> eventsOf(String agreementId, long upToVersion);
}
