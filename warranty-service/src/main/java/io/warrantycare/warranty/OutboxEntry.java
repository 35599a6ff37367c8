package io.warrantycare.warranty;

import java.time.Instant;

/** An event written with the state change that caused it, removed once Kafka acknowledged it. */
public record OutboxEntry(
        String eventId,
        String topic,
        String key,
        String type,
        String payload,
        String correlationId,
        Instant createdAt) {
}
