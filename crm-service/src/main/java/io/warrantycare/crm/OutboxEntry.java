package io.warrantycare.crm;

import java.time.Instant;

/**
 * An event written in the same document update as the state change it reports, waiting for the broker's
 * acknowledgement (ARCHITECTURE.md: no event lost between a database write and Kafka).
 */
public record OutboxEntry(
        String eventId,
        String topic,
        String key,
        String type,
        String payload,
        String correlationId,
        Instant createdAt) {
}
