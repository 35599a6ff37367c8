package io.warrantycare.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** The policy refused the extension; {@code reason} is a code of API.md (NOT_ELIGIBLE_PRODUCT, REGISTRATION_WINDOW_CLOSED, ...). */
public record ExtensionRejected(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String registrationId,
        String ni,
        String customerId,
        String reason,
        LocalDate coverageEnd) implements DomainEvent {

    @Override
    public String partitionKey() {
        return ni;
    }
}
