package io.warrantycare.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** CRM found the consent CC-12 requires; warranty-service may apply the policy. */
public record EnrollmentApproved(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String registrationId,
        String ni,
        String customerId,
        String ownership,
        LocalDate registeredOn) implements DomainEvent {

    @Override
    public String partitionKey() {
        return ni;
    }
}
