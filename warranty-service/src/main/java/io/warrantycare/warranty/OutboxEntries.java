package io.warrantycare.warranty;

import io.warrantycare.contracts.CardReprinted;
import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.SaleDeclared;
import io.warrantycare.contracts.SaleVoided;
import io.warrantycare.contracts.Topics;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Turns an event into the outbox entry written with the state change that caused it. */
@Component
public class OutboxEntries {

    private static final Set<Class<? extends DomainEvent>> PRODUCT_EVENTS =
            Set.of(SaleDeclared.class, SaleVoided.class, CardReprinted.class);

    private final JsonMapper json;
    private final Clock clock;

    OutboxEntries(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    static String newEventId() {
        return UUID.randomUUID().toString();
    }

    OutboxEntry of(DomainEvent event) {
        String topic = PRODUCT_EVENTS.contains(event.getClass()) ? Topics.PRODUCTS : Topics.WARRANTIES;
        return new OutboxEntry(event.eventId(), topic, event.partitionKey(), EventTypes.idOf(event.getClass()),
                json.writeValueAsString(event), event.correlationId(), clock.instant());
    }
}
