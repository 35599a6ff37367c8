package io.warrantycare.registration;

import io.warrantycare.contracts.CustomerDetails;
import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.RegistrationSubmitted;
import io.warrantycare.contracts.Topics;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The events registration-service writes, as outbox entries ready to be stored with the transition that emits them. */
@Component
class SagaEvents {

    private final JsonMapper json;
    private final Clock clock;

    SagaEvents(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    OutboxEntry submitted(Registration registration) {
        return entry(new RegistrationSubmitted(UUID.randomUUID().toString(), clock.instant(), registration.correlationId(),
                registration.id(), registration.ni(), registration.ownership(), registration.registeredOn(),
                registration.customer(), registration.marketingConsent(), registration.privacyNoticeVersion(),
                registration.proof() == null ? null : registration.proof().source()));
    }

    OutboxEntry completed(Registration registration, RegistrationStatus status, String outcome, String reason,
            LocalDate coverageEnd, String customerId) {
        CustomerDetails customer = registration.customer();
        return entry(new RegistrationCompleted(UUID.randomUUID().toString(), clock.instant(),
                registration.correlationId(), registration.id(), registration.ni(), registration.brand(), status.name(),
                outcome, reason, coverageEnd, customerId != null ? customerId : registration.customerId(),
                customer == null ? null : customer.email(), customer == null ? null : customer.givenName(),
                customer == null ? null : customer.language()));
    }

    private OutboxEntry entry(DomainEvent event) {
        Instant now = clock.instant();
        return new OutboxEntry(event.eventId(), Topics.REGISTRATIONS, event.partitionKey(),
                EventTypes.idOf(event.getClass()), json.writeValueAsString(event), event.correlationId(), now);
    }
}
