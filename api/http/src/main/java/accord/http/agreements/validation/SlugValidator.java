package accord.http.agreements.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Slug}. */
public class SlugValidator implements ConstraintValidator<Slug, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Slug.Rule.isValid(value);
    }
}
