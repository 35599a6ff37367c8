package io.warrantycare.kit.messaging;

/**
 * A record whose {@code eventType} this service does not know: a newer producer may add event types to a topic
 * (changes are additive), and a consumer skips them instead of dead-lettering them.
 */
public record UnknownEvent() {
}
