package io.warrantycare.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registration reached its final state; notification-service tells the customer in their language.
 * {@code status} COMPLETED (outcome EXTENSION_ACTIVATED or ALREADY_EXTENDED) or REJECTED (with {@code reason}).
 */
public record RegistrationCompleted(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String registrationId,
        String ni,
        String brand,
        String status,
        String outcome,
        String reason,
        LocalDate coverageEnd,
        String customerId,
        String email,
        String givenName,
        String language) implements DomainEvent {

    @Override
    public String partitionKey() {
        return ni;
    }
}
