package io.warrantycare.kit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the web kit, under {@code warrantycare.web}.
 *
 * @param maxRequestSize a declared body over this size is refused with 413 before it is read; chunked bodies meet
 *                       the same limit in the codecs
 * @param problemTypeBase the base URI of every problem {@code type}; the code, in kebab case, is appended
 */
@Validated
@ConfigurationProperties("warrantycare.web")
public record WebKitProperties(
        @NotNull @DefaultValue("64KB") DataSize maxRequestSize,
        @NotBlank @DefaultValue("https://warrantycare.io/problems/") String problemTypeBase) {
}
