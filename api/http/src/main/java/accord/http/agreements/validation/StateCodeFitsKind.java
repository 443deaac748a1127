package accord.http.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A party of kind STATE has an ISO 3166-1 alpha-2 code. The violation is reported on the
 * party's {@code code} field.
 */
@Documented
@Constraint(validatedBy = StateCodeFitsKindValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface StateCodeFitsKind {

    /** @return the sentence reported for a violation */
    String message() default "a state's code must be an ISO 3166-1 alpha-2 country code, for example KR";

    /** @return the stable field-error code reported for a violation */
    String code() default "INVALID_COUNTRY_CODE";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
