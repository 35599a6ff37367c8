package io.warrantycare.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secret shared with warranty-service that signs the QR card tokens (CC-13); both services must use the same one.
 */
@ConfigurationProperties("warrantycare.cards")
public record CardProperties(String tokenSecret) {
}
