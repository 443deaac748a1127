package accord.http.agreements.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated text, when present, is an ISO 3166-1 alpha-2 country code (or XK, Kosovo). */
@Documented
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {

    /** @return the sentence reported for a violation */
    String message() default "must be an ISO 3166-1 alpha-2 country code in upper case, for example KR";

    /** @return the stable field-error code reported for a violation */
    String code() default "INVALID_COUNTRY_CODE";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
