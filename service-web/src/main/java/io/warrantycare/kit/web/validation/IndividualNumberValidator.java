package io.warrantycare.kit.web.validation;

import io.warrantycare.contracts.IndividualNumbers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IndividualNumber}. */
public class IndividualNumberValidator implements ConstraintValidator<IndividualNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || IndividualNumbers.canonical(value).isPresent();
    }
}
