package io.warrantycare.notification.messaging;

import io.warrantycare.contracts.DomainEvent;

/** A decoded event and its correlation id: the event's own field, else the record's {@code correlationId} header. */
record Inbound<T extends DomainEvent>(T event, String correlationId) {
}
