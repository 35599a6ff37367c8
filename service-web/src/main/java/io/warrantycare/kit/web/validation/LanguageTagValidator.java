package io.warrantycare.kit.web.validation;

import java.util.regex.Pattern;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link LanguageTag}. */
public class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || WELL_FORMED.matcher(value).matches();
    }
}
