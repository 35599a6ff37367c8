package io.warrantycare.notification;

import static io.warrantycare.notification.TestEvents.completed;
import static io.warrantycare.notification.TestEvents.email;
import static io.warrantycare.notification.TestEvents.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.RegistrationSubmitted;
import io.warrantycare.contracts.Topics;
import io.warrantycare.testsupport.RealInfrastructure;
import io.warrantycare.testsupport.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@RealInfrastructure
@NotificationIntegrationTest
class RegistrationMailIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static TopicProbe probe;

    @Autowired
    WebTestClient web;

    @BeforeAll
    static void probe() {
        probe = new TopicProbe(Topics.deadLetterOf(Topics.REGISTRATIONS));
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    private static MimeMessage awaitOneMessageTo(String address) {
        await().atMost(PATIENCE).until(() -> !TestMailServer.messagesTo(address).isEmpty());
        return TestMailServer.messagesTo(address).get(0);
    }

    @Test
    void mailsTheActivatedExtensionInSpanishWithTheCoverageEnd() throws Exception {
        String address = email("ana");
        RegistrationCompleted event = completed("EXTENSION_ACTIVATED", "es-ES", address, LocalDate.of(2034, 11, 1));

        TestEvents.send(probe, event);

        MimeMessage message = awaitOneMessageTo(address);
        Map<String, String> parts = TestMailServer.parts(message);
        assertThat(message.getSubject()).isEqualTo("Cartier: la extensión de su garantía está activa");
        assertThat(message.getHeader("Content-Language")).containsExactly("es");
        assertThat(parts.get("text")).contains("Hola, Ana:").contains(event.ni()).contains("1 de noviembre de 2034");
        assertThat(parts.get("html")).contains("lang=\"es\"").contains("dir=\"ltr\"").contains("1 de noviembre de 2034");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(new DeliveryLogClient(web).only(event.registrationId()))
                .containsEntry("status", "SENT")
                .containsEntry("kind", "EXTENSION_ACTIVATED")
                .containsEntry("language", "es")
                .containsEntry("attempts", 1)
                .containsEntry("correlationId", event.correlationId())
                .containsEntry("recipient", "a***@e***.com")
                .doesNotContainKey("givenName")
                .satisfies(entry -> assertThat((String) entry.get("sentAt")).matches("\\d{4}-\\d{2}-\\d{2}T.+Z")));
    }

    @Test
    void writesArabicRightToLeft() throws Exception {
        String address = email("layla");
        TestEvents.send(probe, completed("EXTENSION_ACTIVATED", "ar", address, LocalDate.of(2033, 3, 15)));

        MimeMessage message = awaitOneMessageTo(address);
        assertThat(message.getSubject()).contains("تم تفعيل تمديد الضمان");
        assertThat(TestMailServer.parts(message).get("html")).contains("dir=\"rtl\"").contains("lang=\"ar\"")
                .contains("مرحبًا Ana");
    }

    @Test
    void fallsBackToEnglishForALanguageWithoutTemplates() throws Exception {
        String address = email("piet");
        RegistrationCompleted event = completed("EXTENSION_ACTIVATED", "nl-BE", address, LocalDate.of(2034, 1, 31));

        TestEvents.send(probe, event);

        MimeMessage message = awaitOneMessageTo(address);
        assertThat(message.getSubject()).isEqualTo("Cartier: your warranty extension is active");
        assertThat(TestMailServer.parts(message).get("text")).contains("Dear Ana,").contains("January 31, 2034");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(new DeliveryLogClient(web).only(event.registrationId()))
                .containsEntry("language", "en")
                .containsEntry("requestedLanguage", "nl-BE"));
    }

    @Test
    void tellsALaterOwnerThatTheWatchWasAlreadyExtended() throws Exception {
        String address = email("yuki");
        TestEvents.send(probe, completed("ALREADY_EXTENDED", "ja", address, LocalDate.of(2031, 6, 30)));

        MimeMessage message = awaitOneMessageTo(address);
        assertThat(message.getSubject()).isEqualTo("Cartier：お客様の時計をお客様名義で登録しました");
        assertThat(TestMailServer.parts(message).get("text")).contains("すでに延長").contains("2031年6月30日");
    }

    @Test
    void mailsOnlyOnceWhenTheSameEventIsDeliveredTwice() {
        String address = email("twice");
        RegistrationCompleted event = completed("EXTENSION_ACTIVATED", "fr", address, LocalDate.of(2034, 11, 1));

        TestEvents.send(probe, event);
        TestEvents.send(probe, event);
        awaitOneMessageTo(address);
        String marker = email("after-twice");
        RegistrationCompleted later = new RegistrationCompleted("EVT-" + TestEvents.unique(), event.occurredAt(),
                event.correlationId(), "REG-" + TestEvents.unique(), event.ni(), event.brand(), event.status(),
                event.outcome(), null, event.coverageEnd(), event.customerId(), marker, "Ana", "fr");
        TestEvents.send(probe, later);

        // The later event on the same key (so the same partition) is mailed after the redelivery was consumed.
        awaitOneMessageTo(marker);
        assertThat(TestMailServer.messagesTo(address)).hasSize(1);
        assertThat(new DeliveryLogClient(web).only(event.registrationId())).containsEntry("status", "SENT");
    }

    @Test
    void explainsARejectionForMissingMarketingConsent() throws Exception {
        String address = email("no-consent");
        RegistrationCompleted event = rejected("MARKETING_CONSENT_REQUIRED", "en", address);

        TestEvents.send(probe, event);

        MimeMessage message = awaitOneMessageTo(address);
        String text = TestMailServer.parts(message).get("text");
        assertThat(message.getSubject()).isEqualTo("Cartier: we could not complete your registration");
        assertThat(text).contains("requires your consent to receive communications from Cartier")
                .contains("register again and accept to receive communications");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(new DeliveryLogClient(web).only(event.registrationId()))
                .containsEntry("kind", "REJECTED")
                .containsEntry("reason", "MARKETING_CONSENT_REQUIRED")
                .containsEntry("status", "SENT"));
    }

    @Test
    void deadLettersAPoisonRecordAndKeepsMailingTheNextOnes() {
        String ni = "NI" + TestEvents.unique();
        String poison = "{\"registrationId\": \"POISON-" + ni + "\", \"status\": ";
        probe.send(Topics.REGISTRATIONS, ni, EventTypes.idOf(RegistrationCompleted.class), poison,
                Map.of(EventHeaders.CORRELATION_ID, "CORR-" + ni));
        probe.send(Topics.REGISTRATIONS, ni, EventTypes.idOf(RegistrationSubmitted.class), "{\"ignored\": \"" + ni + "\"}");
        String address = email("after-poison");
        RegistrationCompleted good = completed("EXTENSION_ACTIVATED", "de", address, LocalDate.of(2034, 11, 1));
        TestEvents.send(probe, new RegistrationCompleted(good.eventId(), good.occurredAt(), good.correlationId(),
                good.registrationId(), ni, good.brand(), good.status(), good.outcome(), null, good.coverageEnd(),
                good.customerId(), good.email(), good.givenName(), good.language()));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                probe.seen(Topics.deadLetterOf(Topics.REGISTRATIONS), null, "POISON-" + ni))
                .singleElement()
                .satisfies(deadLetter -> assertThat(deadLetter.key()).isEqualTo(ni))
                .satisfies(deadLetter -> assertThat(deadLetter.type()).isEqualTo("RegistrationCompleted")));
        MimeMessage message = awaitOneMessageTo(address);
        assertThat(TestMailServer.parts(message).get("text")).contains("1. November 2034");
        List<TopicProbe.Seen> deadLetters = probe.seen(Topics.deadLetterOf(Topics.REGISTRATIONS), null, ni);
        assertThat(deadLetters).extracting(TopicProbe.Seen::value).noneMatch(value -> value.contains("ignored"));
    }
}
