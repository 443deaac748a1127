package accord.http.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated text, when present, is an agreement id. */
@Documented
@Constraint(validatedBy = SlugValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Slug {

    /** @return the sentence reported for a violation */
    String message() default "must be a URL-safe slug of lower-case letters and digits joined by single hyphens, at most 100 characters, for example kr-us-technology-prosperity-deal";

    /** @return the stable field-error code reported for a violation */
    String code() default "INVALID_AGREEMENT_ID";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** The rule itself, for callers that check an id outside Bean Validation. */
    final class Rule {

        /** The longest id accepted. */
        public static final int MAX_LENGTH = 100;

        /** Lower-case letters and digits, joined by single hyphens. */
        public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

        private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

        private Rule() {
        }

        /** @return true when the text is a valid agreement id */
        public static boolean isValid(String text) {
            return text != null && text.length() <= MAX_LENGTH && COMPILED.matcher(text).matches();
        }
    }
}
