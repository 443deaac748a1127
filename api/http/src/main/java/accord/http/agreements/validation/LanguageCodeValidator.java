package accord.http.agreements.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

/** Checks {@link LanguageCode}. */
public class LanguageCodeValidator implements ConstraintValidator<LanguageCode, String> {

    // The JDK's list holds the ISO 639-1 codes plus the legacy ones it still maps (iw, ji, in).
    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CODES.contains(value);
    }
}
