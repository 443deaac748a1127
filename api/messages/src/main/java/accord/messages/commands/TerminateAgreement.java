package accord.messages.commands;

import accord.messages.agreement.Ending;
import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * Records that an agreement ended: terminated, expired or superseded. No change is recorded after that but statements, links and corrections.
 *
 * @param agreementId the agreement this is about
 * @param ending how it ended
 * @param reason why it ended
 * @param supersededBy the id of the agreement that supersedes it; required when it was superseded, otherwise null
 * @param occurredOn when it happened in the world, at the precision the source gives
 * @param sources where the fact comes from; at least one
 */
public record TerminateAgreement(
        String agreementId,
        Ending ending,
        String reason,
        String supersededBy,
        OccurredOn occurredOn,
        List<Source> sources) implements AgreementCommand {
}
