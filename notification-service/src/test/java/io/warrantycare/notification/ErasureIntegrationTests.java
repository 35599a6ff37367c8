package io.warrantycare.notification;

import static io.warrantycare.notification.TestEvents.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.awaitility.Awaitility.await;

import io.warrantycare.contracts.ConsentGranted;
import io.warrantycare.contracts.CustomerErased;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.Topics;
import io.warrantycare.testsupport.RealInfrastructure;
import io.warrantycare.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

@RealInfrastructure
@NotificationIntegrationTest
class ErasureIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static TopicProbe probe;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeAll
    static void probe() {
        probe = new TopicProbe(Topics.CONSENT);
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @Test
    void customerErasedRemovesTheAddressAndNameFromTheDeliveryLog() {
        DeliveryLogClient log = new DeliveryLogClient(web);
        String customerId = "CUST-" + TestEvents.unique();
        String address = email("erase-me");
        RegistrationCompleted event = TestEvents.event("COMPLETED", "EXTENSION_ACTIVATED", null, "pt-BR", address,
                LocalDate.of(2034, 11, 1), customerId);
        TestEvents.send(probe, event);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(log.only(event.registrationId()))
                .containsEntry("status", "SENT")
                .containsEntry("language", "pt")
                .containsEntry("recipient", "e***@e***.com"));
        probe.send(Topics.CONSENT, customerId, EventTypes.idOf(ConsentGranted.class), "{\"customerId\": \"" + customerId + "\"}");

        TestEvents.send(probe, new CustomerErased("EVT-" + TestEvents.unique(), Instant.now(), "CORR-" + customerId, customerId));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(log.only(event.registrationId()))
                .containsEntry("erased", true)
                .containsEntry("recipient", null)
                .containsEntry("status", "SENT"));
        Delivery stored = mongo.findById(Delivery.idOf(event.registrationId(), MessageKind.EXTENSION_ACTIVATED), Delivery.class)
                .block(PATIENCE);
        assertThat(stored).isNotNull();
        assertThat(stored.email()).isNull();
        assertThat(stored.givenName()).isNull();
        assertThat(stored.erasedAt()).isNotNull();
        assertThat(stored.customerId()).isEqualTo(customerId);
    }

    @Test
    void anOutcomeThatArrivesAfterTheErasureIsNotMailed() {
        DeliveryLogClient log = new DeliveryLogClient(web);
        String customerId = "CUST-" + TestEvents.unique();
        String address = email("late");
        TestEvents.send(probe, new CustomerErased("EVT-" + TestEvents.unique(), Instant.now(), "CORR-" + customerId, customerId));
        await().atMost(PATIENCE).until(() -> Boolean.TRUE.equals(
                mongo.exists(query(where("_id").is(customerId)), ErasedCustomers.COLLECTION).block(PATIENCE)));

        RegistrationCompleted event = TestEvents.event("REJECTED", null, "SALE_VOIDED", "tr", address, null, customerId);
        TestEvents.send(probe, event);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(log.only(event.registrationId()))
                .containsEntry("status", "FAILED")
                .containsEntry("erased", true)
                .containsEntry("recipient", null)
                .satisfies(entry -> assertThat((String) entry.get("lastError")).startsWith("RECIPIENT_ERASED")));
        assertThat(TestMailServer.messagesTo(address)).isEmpty();
    }
}
