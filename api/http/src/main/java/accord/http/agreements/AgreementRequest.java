package accord.http.agreements;

import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import java.util.List;

/** A validated body a clerk sends for one command; it becomes that command for a given agreement. */
public interface AgreementRequest {

    /** @return when the fact happened in the world */
    OccurredOn occurredOn();

    /** @return the sources cited */
    List<SourceBody> sources();

    /**
     * @param agreementId the agreement the command is about, already checked to be a slug
     * @return the command this body stands for
     */
    AgreementCommand toCommand(String agreementId);
}
