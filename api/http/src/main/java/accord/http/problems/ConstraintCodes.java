package accord.http.problems;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import org.springframework.validation.FieldError;

/**
 * The stable field-error code of a Bean Validation violation: the constraint's own {@code code}
 * attribute when it declares one, otherwise a code for the standard constraint.
 */
final class ConstraintCodes {

    private static final Map<String, String> STANDARD = Map.ofEntries(
            Map.entry("NotNull", "REQUIRED"),
            Map.entry("NotBlank", "REQUIRED"),
            Map.entry("NotEmpty", "REQUIRED"),
            Map.entry("Size", "INVALID_SIZE"),
            Map.entry("Pattern", "INVALID_FORMAT"),
            Map.entry("Email", "INVALID_FORMAT"),
            Map.entry("Min", "OUT_OF_RANGE"),
            Map.entry("Max", "OUT_OF_RANGE"),
            Map.entry("DecimalMin", "OUT_OF_RANGE"),
            Map.entry("DecimalMax", "OUT_OF_RANGE"),
            Map.entry("Positive", "OUT_OF_RANGE"),
            Map.entry("PositiveOrZero", "OUT_OF_RANGE"),
            Map.entry("Negative", "OUT_OF_RANGE"),
            Map.entry("NegativeOrZero", "OUT_OF_RANGE"),
            Map.entry("Digits", "OUT_OF_RANGE"));

    private ConstraintCodes() {
    }

    static String of(FieldError error) {
        if (error.contains(ConstraintViolation.class)) {
            var descriptor = error.unwrap(ConstraintViolation.class).getConstraintDescriptor();
            if (descriptor.getAttributes().get("code") instanceof String code) {
                return code;
            }
            return STANDARD.getOrDefault(descriptor.getAnnotation().annotationType().getSimpleName(), "INVALID_VALUE");
        }
        return error.isBindingFailure() ? "WRONG_TYPE" : "INVALID_VALUE";
    }
}
