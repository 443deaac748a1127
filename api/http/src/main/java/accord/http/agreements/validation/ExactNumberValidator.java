package accord.http.agreements.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Checks {@link ExactNumber}. */
public class ExactNumberValidator implements ConstraintValidator<ExactNumber, Number> {

    /** The largest integer an IEEE double holds exactly, with every smaller one: 2^53 − 1. */
    public static final long LARGEST_EXACT = (1L << 53) - 1;

    private static final int MOST_SIGNIFICANT_DIGITS = 15;

    @Override
    public boolean isValid(Number value, ConstraintValidatorContext context) {
        return value == null || isExact(value);
    }

    /** @return true when every JSON reader reads the number as exactly this value */
    public static boolean isExact(Number value) {
        if (value instanceof Double || value instanceof Float) {
            double number = value.doubleValue();
            return Double.isFinite(number) && Math.abs(number) <= LARGEST_EXACT;
        }
        BigDecimal number = value instanceof BigDecimal decimal ? decimal
                : value instanceof BigInteger integer ? new BigDecimal(integer) : BigDecimal.valueOf(value.longValue());
        if (number.abs().compareTo(BigDecimal.valueOf(LARGEST_EXACT)) > 0) {
            return false;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return number.signum() == 0 || stripped.scale() <= 0
                || stripped.precision() <= MOST_SIGNIFICANT_DIGITS && stripped.scale() <= MOST_SIGNIFICANT_DIGITS;
    }
}
