package accord.http.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated text, when present, is a date at day, month or year precision. */
@Documented
@Constraint(validatedBy = PublicationDateValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicationDate {

    /** @return the sentence reported for a violation */
    String message() default "must be a real date written as 2025-09-23, 2025-09 or 2025";

    /** @return the stable field-error code reported for a violation */
    String code() default "INVALID_DATE";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
