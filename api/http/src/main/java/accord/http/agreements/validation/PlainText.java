package accord.http.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated text, when present, is text a person can read: no control characters (U+0000 to
 * U+001F, U+007F to U+009F), except line feeds where {@link #lineBreaks()} allows them, and no
 * unpaired surrogates (which JSON's {@code \uD800} escapes can smuggle in and no UTF-8 can store).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** @return whether line feeds (U+000A) are allowed */
    boolean lineBreaks() default false;

    /** @return the sentence reported for a violation */
    String message() default "must be plain text: no control characters and no unpaired surrogates";

    /** @return the stable field-error code reported for a violation */
    String code() default "INVALID_CHARACTERS";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
