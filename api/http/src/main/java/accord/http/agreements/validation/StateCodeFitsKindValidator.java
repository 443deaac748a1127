package accord.http.agreements.validation;

import accord.messages.agreement.PartyKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link StateCodeFitsKind}. */
public class StateCodeFitsKindValidator implements ConstraintValidator<StateCodeFitsKind, PartyIdentity> {

    private final CountryCodeValidator countries = new CountryCodeValidator();

    @Override
    public boolean isValid(PartyIdentity party, ConstraintValidatorContext context) {
        if (party == null || party.kind() != PartyKind.STATE || party.code() == null
                || countries.isValid(party.code(), context)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("code")
                .addConstraintViolation();
        return false;
    }
}
