package io.warrantycare.notification.web;

import io.warrantycare.notification.Delivery;
import io.warrantycare.notification.DeliveryStatus;
import io.warrantycare.notification.Emails;
import io.warrantycare.notification.MessageKind;
import java.time.Instant;

/**
 * A delivery log entry as support sees it: state and history, the recipient masked (null once erased), no name.
 *
 * @param language the language the message was written in; {@code requestedLanguage} the customer's own tag
 */
record DeliveryView(
        String id,
        String registrationId,
        MessageKind kind,
        DeliveryStatus status,
        int attempts,
        String lastError,
        String language,
        String requestedLanguage,
        String reason,
        String ni,
        String customerId,
        String correlationId,
        String recipient,
        boolean erased,
        Instant createdAt,
        Instant updatedAt,
        Instant nextAttemptAt,
        Instant sentAt,
        Instant erasedAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.registrationId(), delivery.kind(), delivery.status(),
                delivery.attempts(), delivery.lastError(), delivery.language(), delivery.requestedLanguage(),
                delivery.reason(), delivery.ni(), delivery.customerId(), delivery.correlationId(),
                Emails.mask(delivery.email()), delivery.erasedAt() != null, delivery.createdAt(), delivery.updatedAt(),
                delivery.nextAttemptAt(), delivery.sentAt(), delivery.erasedAt());
    }
}
