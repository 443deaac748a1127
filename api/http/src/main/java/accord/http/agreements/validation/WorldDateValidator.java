package accord.http.agreements.validation;

import accord.messages.agreement.OccurredOn;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link WorldDate}. */
public class WorldDateValidator implements ConstraintValidator<WorldDate, OccurredOn> {

    @Override
    public boolean isValid(OccurredOn value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> problem = value.problem();
        if (problem.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(Templates.literal(problem.get())).addConstraintViolation();
        return false;
    }
}
