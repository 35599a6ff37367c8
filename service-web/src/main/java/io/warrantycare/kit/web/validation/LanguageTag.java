package io.warrantycare.kit.web.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A BCP 47 language tag such as {@code es} or {@code zh-CN}. A null value is valid: combine with {@code @NotBlank} where the field is required. */
@Documented
@Constraint(validatedBy = LanguageTagValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

    String message() default "Not a language tag such as es or zh-CN";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
