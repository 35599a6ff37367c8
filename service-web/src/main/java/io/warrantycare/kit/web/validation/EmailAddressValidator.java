package io.warrantycare.kit.web.validation;

import io.warrantycare.contracts.EmailAddresses;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link EmailAddress}. */
public class EmailAddressValidator implements ConstraintValidator<EmailAddress, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || EmailAddresses.isValid(value);
    }
}
