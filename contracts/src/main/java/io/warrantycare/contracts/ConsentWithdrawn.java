package io.warrantycare.contracts;

import java.time.Instant;

/** Marketing feed (crm.consent.v1): a consent record withdrawn, with its purpose, channel, source and notice version. */
public record ConsentWithdrawn(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String customerId,
        String purpose,
        String channel,
        String source,
        String noticeVersion,
        String country) implements DomainEvent {

    @Override
    public String partitionKey() {
        return customerId;
    }
}
