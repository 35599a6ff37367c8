package io.warrantycare.contracts;

import java.time.Instant;

/** A distribution center reprinted the card (CC-15); tokens of earlier card versions stop working. */
public record CardReprinted(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String ni,
        int cardVersion,
        String reason,
        String centerId) implements DomainEvent {

    @Override
    public String partitionKey() {
        return ni;
    }
}
