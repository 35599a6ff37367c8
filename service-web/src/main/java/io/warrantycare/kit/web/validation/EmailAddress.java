package io.warrantycare.kit.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An e-mail address by the platform's one rule ({@link io.warrantycare.contracts.EmailAddresses}). A null value is valid: combine with {@code @NotBlank} where the field is required. */
@Documented
@Constraint(validatedBy = EmailAddressValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    String message() default "This is not an e-mail address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
