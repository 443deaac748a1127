package accord.http.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated number, when present, is one every JSON reader reads exactly (I-JSON, RFC 7493):
 * at most 2^53 − 1 in magnitude and, unless whole, at most 15 significant digits and 15 decimal places. The ledger's leaves are RFC 8785
 * JSON, which writes numbers as IEEE doubles, so a longer number would be recorded as another one.
 */
@Documented
@Constraint(validatedBy = ExactNumberValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExactNumber {

    /** @return the sentence reported for a violation */
    String message() default "must be a whole number up to 9007199254740991, or a number with at most 15 significant digits and 15 decimal places";

    /** @return the stable field-error code reported for a violation */
    String code() default "OUT_OF_RANGE";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
