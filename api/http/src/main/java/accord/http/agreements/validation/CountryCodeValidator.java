package accord.http.agreements.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Checks {@link CountryCode}. */
public class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

    // The codes ISO has assigned, as the JDK knows them, and XK: user-assigned by ISO 3166, but the code the
    // EU, the IMF, the World Bank and Unicode's CLDR use for Kosovo, a party to agreements. No other
    // user-assigned code (AA, QM–QZ, XA–XZ, ZZ) names a state.
    private static final Set<String> CODES = Stream.concat(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(), Stream.of("XK"))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || CODES.contains(value);
    }
}
