package io.warrantycare.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** The watch was already extended (CC-9): the new owner is recorded and coverage is unchanged (outcome ALREADY_EXTENDED). */
public record OwnershipRecorded(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String registrationId,
        String ni,
        String customerId,
        LocalDate coverageEnd) implements DomainEvent {

    @Override
    public String partitionKey() {
        return ni;
    }
}
