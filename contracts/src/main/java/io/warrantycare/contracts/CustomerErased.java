package io.warrantycare.contracts;

import java.time.Instant;

/** A customer's personal data was erased; every service forgets what it holds about them. Warranties stay with the product. */
public record CustomerErased(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String customerId) implements DomainEvent {

    @Override
    public String partitionKey() {
        return customerId;
    }
}
