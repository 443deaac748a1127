package accord.command.agreement;

import accord.messages.commands.AgreementCommand;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;
import java.util.Collection;

/** Values a command cannot do without. */
final class Required {

    private Required() {
    }

    static void value(Object value, String field, AgreementCommand command) {
        boolean missing = value == null
                || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> values && values.isEmpty();
        if (missing) {
            throw new AgreementRefused(ErrorCode.VALUE_REQUIRED, command.getClass().getSimpleName()
                    + " for agreement '" + command.agreementId() + "' needs " + field
                    + "; fill it in and send it again.");
        }
    }
}
