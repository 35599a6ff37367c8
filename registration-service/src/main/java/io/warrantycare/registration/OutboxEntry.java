package io.warrantycare.registration;

import java.time.Instant;

/** An event waiting in its aggregate document until the broker acknowledged it. */
public record OutboxEntry(
        String eventId,
        String topic,
        String key,
        String type,
        String payload,
        String correlationId,
        Instant createdAt) {
}
