package accord.http.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated free-form JSON object, when present, holds only what the ledger can record as it
 * was sent: plain-text keys and strings (see {@link PlainText}; line feeds allowed in strings),
 * numbers every JSON reader reads exactly (see {@link ExactNumber}), at most {@value #DEPTH} levels
 * deep and {@value #VALUES} values in all.
 */
@Documented
@Constraint(validatedBy = JsonValuesValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface JsonValues {

    /** The deepest nesting of objects and arrays accepted. */
    int DEPTH = 16;

    /** The most values (members, elements and scalars) accepted in all. */
    int VALUES = 2000;

    /** @return the sentence reported for a violation */
    String message() default "must hold only plain text, exact numbers, true, false and null, at most 16 levels deep";

    /** @return the stable field-error code reported for a violation */
    String code() default "INVALID_VALUE";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
