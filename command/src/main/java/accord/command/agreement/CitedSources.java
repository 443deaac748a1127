package accord.command.agreement;

import accord.messages.commands.AgreementCommand;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import java.util.Objects;

/** Every recorded fact cites at least one source. */
final class CitedSources {

    private CitedSources() {
    }

    static void require(AgreementCommand command) {
        if (command.sources() == null || command.sources().isEmpty() || command.sources().stream().anyMatch(Objects::isNull)) {
            throw new AgreementRefused(ErrorCode.SOURCE_REQUIRED, command.getClass().getSimpleName()
                    + " for agreement '" + command.agreementId() + "' cites no source. Add at least one"
                    + " source (publisher, title, url, publishedOn, language) for the fact.");
        }
    }
}
