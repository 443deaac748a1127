package accord.messages.commands;

import accord.messages.agreement.OccurredOn;
import accord.messages.agreement.Source;
import java.util.List;

/**
 * A clerk's instruction to record something about one agreement. Every command names the
 * agreement, says when the fact happened in the world and cites at least one source.
 * Commands are imperative (SignMoU); the events they yield are past tense (MoUSigned).
 */
public interface AgreementCommand {

    /** @return the id of the agreement the command is about: a URL-safe slug */
    String agreementId();

    /** @return when the recorded fact happened in the world */
    OccurredOn occurredOn();

    /** @return the sources that support the fact; at least one */
    List<Source> sources();
}
