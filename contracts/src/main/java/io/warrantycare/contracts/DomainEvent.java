package io.warrantycare.contracts;

import java.time.Instant;

/** What every event carries: its own id (consumers deduplicate on it), when it happened, and the saga's correlation id. */
public interface DomainEvent {

    String eventId();

    Instant occurredAt();

    String correlationId();

    /** The Kafka record key: the NI for product events (ordering per watch), the customer id for consent events. */
    String partitionKey();
}
