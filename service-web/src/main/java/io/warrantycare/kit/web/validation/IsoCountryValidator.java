package io.warrantycare.kit.web.validation;

import java.util.Locale;
import java.util.Set;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IsoCountry}. */
public class IsoCountryValidator implements ConstraintValidator<IsoCountry, String> {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || COUNTRIES.contains(value);
    }
}
