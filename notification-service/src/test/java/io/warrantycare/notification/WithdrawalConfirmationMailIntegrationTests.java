package io.warrantycare.notification;

import static io.warrantycare.notification.TestEvents.email;
import static io.warrantycare.notification.TestEvents.withdrawalConfirmation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.Topics;
import io.warrantycare.contracts.WithdrawalConfirmationRequested;
import io.warrantycare.testsupport.RealInfrastructure;
import io.warrantycare.testsupport.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/** crm.messages.v1: every withdrawal request is confirmed to its address, in the owner's language or in English. */
@RealInfrastructure
@NotificationIntegrationTest
class WithdrawalConfirmationMailIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String TYPE = EventTypes.idOf(WithdrawalConfirmationRequested.class);
    private static TopicProbe probe;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeAll
    static void probe() {
        probe = new TopicProbe(Topics.deadLetterOf(Topics.CRM_MESSAGES));
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    private static MimeMessage awaitOneMessageTo(String address) {
        await().atMost(PATIENCE).until(() -> !TestMailServer.messagesTo(address).isEmpty());
        return TestMailServer.messagesTo(address).get(0);
    }

    private Delivery awaitClosedEntry(WithdrawalConfirmationRequested event) {
        String id = Delivery.idOf(event.requestId(), MessageKind.WITHDRAWAL_CONFIRMATION);
        await().atMost(PATIENCE).until(() -> {
            Delivery entry = mongo.findById(id, Delivery.class).block(PATIENCE);
            return entry != null && entry.status() == DeliveryStatus.SENT;
        });
        return mongo.findById(id, Delivery.class).block(PATIENCE);
    }

    @Test
    void mailsTheConfirmationInTheLanguageOfTheAddressOwner() throws Exception {
        String address = email("withdraw-fr");
        WithdrawalConfirmationRequested event = withdrawalConfirmation(address, "fr-CA");

        TestEvents.send(probe, event);

        MimeMessage message = awaitOneMessageTo(address);
        Map<String, String> parts = TestMailServer.parts(message);
        assertThat(message.getSubject())
                .isEqualTo("Warranty Care : nous avons bien reçu votre demande d'arrêt des messages commerciaux");
        assertThat(message.getHeader("Content-Language")).containsExactly("fr");
        assertThat(message.getHeader(MailCourier.NOTIFICATION_ID_HEADER))
                .containsExactly(event.requestId() + ":WITHDRAWAL_CONFIRMATION");
        assertThat(parts.get("text")).startsWith("Bonjour,")
                .contains("Si cette adresse figure dans nos fichiers, vous n'en recevrez plus.")
                .contains("Rien d'autre ne change : vos extensions de garantie restent en vigueur.");
        assertThat(parts.get("html")).contains("lang=\"fr\"");
        Delivery entry = awaitClosedEntry(event);
        assertThat(entry.kind()).isEqualTo(MessageKind.WITHDRAWAL_CONFIRMATION);
        assertThat(entry.requestId()).isEqualTo(event.requestId());
        assertThat(entry.registrationId()).isNull();
        assertThat(entry.customerId()).isNull();
        assertThat(entry.purpose()).isEqualTo("MARKETING");
        assertThat(entry.language()).isEqualTo("fr");
        assertThat(entry.requestedLanguage()).isEqualTo("fr-CA");
        assertThat(entry.correlationId()).isEqualTo(event.correlationId());
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.email()).as("the address is forgotten once sent").isNull();
        assertThat(new DeliveryLogClient(web).entries(event.requestId())).isEmpty();
    }

    @Test
    void writesInEnglishWhenTheAddressIsNotKnown() throws Exception {
        String address = email("withdraw-unknown");
        WithdrawalConfirmationRequested event = withdrawalConfirmation(address, null);

        TestEvents.send(probe, event);

        MimeMessage message = awaitOneMessageTo(address);
        assertThat(message.getSubject()).isEqualTo("Warranty Care: we have received your request to stop marketing messages");
        assertThat(message.getHeader("Content-Language")).containsExactly("en");
        assertThat(TestMailServer.parts(message).get("text")).startsWith("Hello,")
                .contains("If this address is in our records, you will no longer receive them.")
                .contains("your warranty extensions remain in force");
        assertThat(awaitClosedEntry(event).language()).isEqualTo("en");
    }

    @Test
    void mailsOnlyOnceWhenTheSameConfirmationIsDeliveredTwice() {
        String address = email("withdraw-twice");
        WithdrawalConfirmationRequested event = withdrawalConfirmation(address, "ko");

        TestEvents.send(probe, event);
        TestEvents.send(probe, event);
        awaitOneMessageTo(address);
        String marker = email("withdraw-after-twice");
        WithdrawalConfirmationRequested later = withdrawalConfirmation(marker, "ko");
        // Same record key, so the same partition: the marker is mailed after the redelivery was consumed.
        probe.send(Topics.CRM_MESSAGES, event.requestId(), TYPE, TestEvents.JSON.writeValueAsString(later),
                Map.of(EventHeaders.CORRELATION_ID, later.correlationId()));

        awaitOneMessageTo(marker);
        assertThat(TestMailServer.messagesTo(address)).hasSize(1);
        assertThat(awaitClosedEntry(event).attempts()).isEqualTo(1);
    }

    @Test
    void skipsUnknownTypesAndDeadLettersAConfirmationItHasNoTextFor() throws Exception {
        String key = "WREQ-" + TestEvents.unique();
        probe.send(Topics.CRM_MESSAGES, key, "SomethingNew", "{\"requestId\": \"" + key + "\", \"skipped\": true}");
        WithdrawalConfirmationRequested otherPurpose = new WithdrawalConfirmationRequested("EVT-" + key, null, "CORR-" + key,
                key, email("withdraw-other"), "en", "PROFILING");
        probe.send(Topics.CRM_MESSAGES, key, TYPE, TestEvents.JSON.writeValueAsString(otherPurpose));
        String address = email("withdraw-after-poison");
        WithdrawalConfirmationRequested good = withdrawalConfirmation(address, "de");
        probe.send(Topics.CRM_MESSAGES, key, TYPE, TestEvents.JSON.writeValueAsString(good));

        assertThat(awaitOneMessageTo(address).getHeader("Content-Language")).containsExactly("de");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(probe.seen(Topics.deadLetterOf(Topics.CRM_MESSAGES), null, key))
                .singleElement()
                .satisfies(deadLetter -> assertThat(deadLetter.type()).isEqualTo(TYPE))
                .satisfies(deadLetter -> assertThat(deadLetter.value()).contains("PROFILING")));
        assertThat(TestMailServer.messagesTo(otherPurpose.email())).isEmpty();
    }
}
