package io.warrantycare.kit.messaging;

import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EventTypes;
import java.time.Clock;
import tools.jackson.databind.json.JsonMapper;

/** Turns an event into the outbox entry written with the state change that caused it. */
public class OutboxEntries {

    private final JsonMapper json;
    private final Clock clock;

    public OutboxEntries(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** The entry for an event on a topic, keyed by the event's partition key, with its short wire type id. */
    public OutboxEntry entryFor(String topic, DomainEvent event) {
        return new OutboxEntry(event.eventId(), topic, event.partitionKey(), EventTypes.idOf(event.getClass()),
                json.writeValueAsString(event), event.correlationId(), clock.instant());
    }
}
