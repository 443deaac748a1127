package accord.command.agreement;

import accord.messages.agreement.OccurredOn;
import accord.messages.commands.AgreementCommand;
import accord.messages.refusals.AgreementRefused;
import accord.messages.refusals.ErrorCode;

/**
 * World dates are real dates at their precision, and nothing happens to an agreement before its
 * first recorded world date. A date only known to the month is not before a day in that month.
 */
final class WorldDateRules {

    private WorldDateRules() {
    }

    /** Refuses a missing or unreal date; {@code field} names it in the sentence. */
    static void requireValid(OccurredOn date, String field, AgreementCommand command) {
        String problem = date == null
                ? "it is missing; give a date and its precision, for example {\"date\": \"2025-09\", \"precision\": \"MONTH\"}"
                : date.problem().map(text -> text + "; correct it and send again").orElse(null);
        if (problem != null) {
            throw new AgreementRefused(ErrorCode.INVALID_OCCURRED_ON, "The " + field + " of "
                    + command.getClass().getSimpleName() + " for agreement '" + command.agreementId()
                    + "' is not usable: " + problem + ".");
        }
    }

    /** Refuses a world date that certainly lies before the agreement's first recorded world date. */
    static void requireNotBefore(OccurredOn first, AgreementCommand command) {
        if (first != null && command.occurredOn().isCertainlyBefore(first)) {
            throw new AgreementRefused(ErrorCode.DATE_BEFORE_PROPOSAL, command.getClass().getSimpleName()
                    + " for agreement '" + command.agreementId() + "' is dated " + command.occurredOn().date()
                    + ", before " + first.date() + ", when the agreement was first recorded. Check the date;"
                    + " if the agreement's first record is wrong, correct version 0 first.");
        }
    }
}
