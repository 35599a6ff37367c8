package io.warrantycare.crm;

import io.warrantycare.contracts.ConsentGranted;
import io.warrantycare.contracts.ConsentWithdrawn;
import io.warrantycare.contracts.CustomerErased;
import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EnrollmentApproved;
import io.warrantycare.contracts.EnrollmentRejected;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.Topics;
import io.warrantycare.contracts.WithdrawalConfirmationRequested;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Turns an event into the outbox entry that will carry it: its topic, key, wire type id and JSON value. */
@Component
class OutboxEntries {

    private static final Map<Class<? extends DomainEvent>, String> TOPICS = Map.of(
            EnrollmentApproved.class, Topics.ENROLLMENT,
            EnrollmentRejected.class, Topics.ENROLLMENT,
            ConsentGranted.class, Topics.CONSENT,
            ConsentWithdrawn.class, Topics.CONSENT,
            CustomerErased.class, Topics.CONSENT,
            WithdrawalConfirmationRequested.class, Topics.CRM_MESSAGES);

    private final JsonMapper json;

    OutboxEntries(JsonMapper json) {
        this.json = json;
    }

    OutboxEntry of(DomainEvent event, Instant now) {
        String topic = TOPICS.get(event.getClass());
        if (topic == null) {
            throw new IllegalArgumentException("crm-service does not write " + event.getClass().getSimpleName());
        }
        return new OutboxEntry(event.eventId(), topic, event.partitionKey(), EventTypes.idOf(event.getClass()),
                json.writeValueAsString(event), event.correlationId(), now);
    }
}
