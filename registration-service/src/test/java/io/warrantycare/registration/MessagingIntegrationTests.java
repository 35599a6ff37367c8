package io.warrantycare.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.warrantycare.contracts.CustomerDetails;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.Topics;
import io.warrantycare.testsupport.TopicProbe;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessagingIntegrationTests extends RegistrationIntegrationTestSupport {

    @Test
    void sendsAPoisonMessageToTheDeadLetterTopicAndKeepsThePartitionFlowing() {
        String ni = newNi();
        String poison = "{\"eventId\": \"poison-" + ni + "\", \"ni\": ";
        String withoutNi = json.writeValueAsString(saleDeclared(ni, today())).replace("\"ni\":\"" + ni + "\"", "\"ni\":null")
                .replace("\"correlationId\":\"sale-" + ni + "\"", "\"correlationId\":\"no-ni-" + ni + "\"");

        probe.send(Topics.PRODUCTS, ni, "SaleDeclared", poison);
        probe.send(Topics.PRODUCTS, ni, "SaleDeclared", withoutNi);
        send(saleDeclared(ni, today().minusDays(4)));

        awaitProduct(ni, product -> product.purchaseDate().equals(today().minusDays(4)));
        List<TopicProbe.Seen> dead = eventually().until(
                () -> probe.seen(Topics.deadLetterOf(Topics.PRODUCTS), null, ni), seen -> seen.size() == 2);
        assertThat(dead).extracting(TopicProbe.Seen::value).containsExactly(poison, withoutNi);
        assertThat(dead).extracting(TopicProbe.Seen::key).containsOnly(ni);
        assertThat(dead).extracting(TopicProbe.Seen::type).containsOnly("SaleDeclared");
    }

    @Test
    void republishesAnOutboxEntryLeftBehindByACrash() {
        String ni = newNi();
        String registrationId = id();
        Instant longAgo = Instant.now().minusSeconds(60);
        RegistrationCompleted event = new RegistrationCompleted(id(), longAgo, "crashed-" + ni, registrationId, ni,
                "CARTIER", "REJECTED", null, Outcomes.PROOF_OF_POSSESSION_FAILED, null, null, newEmail(), "Ana", "es");
        OutboxEntry leftover = new OutboxEntry(event.eventId(), Topics.REGISTRATIONS, ni,
                EventTypes.idOf(RegistrationCompleted.class), json.writeValueAsString(event), event.correlationId(), longAgo);
        mongo.insert(new Registration(registrationId, ni, RegistrationStatus.REJECTED, Stage.DONE, null,
                Outcomes.PROOF_OF_POSSESSION_FAILED, "BUYER", new CustomerDetails("Ana", "García", event.email(), null, "ES", "es"),
                true, "2026-01", ClaimedProof.manual(LocalDate.of(2026, 1, 1)), false, "CARTIER", today(), longAgo, longAgo,
                null, null, longAgo, null, null, null, event.correlationId(), List.of(leftover))).block();

        TopicProbe.Seen published = awaitPublished("RegistrationCompleted", event.eventId());

        assertThat(published.key()).isEqualTo(ni);
        assertThat(published.correlationId()).isEqualTo("crashed-" + ni);
        assertThat(read(published, RegistrationCompleted.class)).isEqualTo(event);
        eventually().until(() -> registrationDocument(registrationId).outbox().isEmpty());
    }
}
