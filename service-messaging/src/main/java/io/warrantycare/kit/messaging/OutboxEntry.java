package io.warrantycare.kit.messaging;

import java.time.Instant;

/**
 * An event written in its aggregate's document, in the same single-document update as the state change that caused
 * it, and removed once the broker acknowledged it.
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
