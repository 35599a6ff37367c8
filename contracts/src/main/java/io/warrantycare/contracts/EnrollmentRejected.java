package io.warrantycare.contracts;

import java.time.Instant;

/** CRM refused enrollment; {@code reason} is a code of API.md, e.g. MARKETING_CONSENT_REQUIRED (CC-12). */
public record EnrollmentRejected(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String registrationId,
        String ni,
        String customerId,
        String reason) implements DomainEvent {

    @Override
    public String partitionKey() {
        return ni;
    }
}
