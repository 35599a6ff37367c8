package io.warrantycare.kit.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An NI as printed on the card: spaces and hyphens allowed, any case, 6 to 24 letters and digits once they are removed (CC-11). A null value is valid: combine with {@code @NotBlank} where the field is required. */
@Documented
@Constraint(validatedBy = IndividualNumberValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IndividualNumber {

    String message() default "Not an individual number: 6 to 24 letters and digits";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
