package accord.http.agreements.validation;

import accord.messages.agreement.DatePrecision;
import accord.messages.agreement.OccurredOn;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PublicationDate}. */
public class PublicationDateValidator implements ConstraintValidator<PublicationDate, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        DatePrecision precision = DatePrecision.of(value);
        return precision != null && new OccurredOn(value, precision).problem().isEmpty();
    }
}
