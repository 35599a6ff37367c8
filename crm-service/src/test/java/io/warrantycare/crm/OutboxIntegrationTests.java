package io.warrantycare.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.warrantycare.contracts.ConsentGranted;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.Topics;
import io.warrantycare.contracts.WithdrawalConfirmationRequested;
import io.warrantycare.testsupport.TopicProbe;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class OutboxIntegrationTests extends CrmIntegrationTest {

    @Test
    void sweepPublishesAnEventThatWasWrittenButNeverRelayed() {
        String customerId = UUID.randomUUID().toString();
        Instant writtenAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        ConsentGranted event = new ConsentGranted(UUID.randomUUID().toString(), writtenAt, "corr-crash-" + customerId,
                customerId, "MARKETING", "WEB", "MANUAL", "2026-01", "IT");
        Document entry = new Document("eventId", event.eventId())
                .append("topic", Topics.CONSENT)
                .append("key", customerId)
                .append("type", EventTypes.idOf(ConsentGranted.class))
                .append("payload", json.writeValueAsString(event))
                .append("correlationId", event.correlationId())
                .append("createdAt", Date.from(writtenAt));
        mongo.insert(new Document("_id", customerId)
                .append("emailKey", newEmail())
                .append("revision", 0L)
                .append("createdAt", Date.from(writtenAt))
                .append("outbox", List.of(entry)), "customers").block();

        TopicProbe.Seen relayed = awaitOne(Topics.CONSENT, "ConsentGranted", event.eventId());
        assertThat(relayed.key()).isEqualTo(customerId);
        assertThat(relayed.correlationId()).isEqualTo(event.correlationId());
        assertThat(json.readValue(relayed.value(), ConsentGranted.class)).isEqualTo(event);
        await().atMost(PATIENCE).until(() -> mongo.findById(customerId, Customer.class).block().outbox().isEmpty());
        assertThat(probe.seen(Topics.CONSENT, null, event.eventId())).hasSize(1);
    }

    @Test
    void sweepPublishesAWithdrawalConfirmationThatWasWrittenButNeverRelayed() {
        String requestId = UUID.randomUUID().toString();
        String email = newEmail();
        Instant writtenAt = Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        WithdrawalConfirmationRequested event = new WithdrawalConfirmationRequested(UUID.randomUUID().toString(), writtenAt,
                "corr-crash-" + requestId, requestId, email, "fr", "MARKETING");
        Document entry = new Document("eventId", event.eventId())
                .append("topic", Topics.CRM_MESSAGES)
                .append("key", requestId)
                .append("type", EventTypes.idOf(WithdrawalConfirmationRequested.class))
                .append("payload", json.writeValueAsString(event))
                .append("correlationId", event.correlationId())
                .append("createdAt", Date.from(writtenAt));
        mongo.insert(new Document("_id", requestId)
                .append("purpose", "MARKETING")
                .append("correlationId", event.correlationId())
                .append("createdAt", Date.from(writtenAt))
                .append("outbox", List.of(entry)), "withdrawalConfirmations").block();

        TopicProbe.Seen relayed = awaitOne(Topics.CRM_MESSAGES, "WithdrawalConfirmationRequested", event.eventId());
        assertThat(relayed.key()).isEqualTo(requestId);
        assertThat(json.readValue(relayed.value(), WithdrawalConfirmationRequested.class)).isEqualTo(event);
        await().atMost(PATIENCE).until(() -> mongo.findById(requestId, WithdrawalConfirmation.class).block().outbox().isEmpty());
        assertThat(probe.seen(Topics.CRM_MESSAGES, null, event.eventId())).hasSize(1);
    }
}
