package accord.http.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated world date, when present, is a real date written at its precision:
 * {@code 2025-09-22} for DAY, {@code 2025-09} for MONTH, {@code 2025} for YEAR. The sentence
 * reported is the one {@link accord.messages.agreement.OccurredOn#problem()} gives.
 */
@Documented
@Constraint(validatedBy = WorldDateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WorldDate {

    /** @return the sentence reported when the date has no more precise problem to report */
    String message() default "must be a real date at its precision";

    /** @return the stable field-error code reported for a violation */
    String code() default "INVALID_OCCURRED_ON";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
