package io.warrantycare.notification;

import static io.warrantycare.notification.TestEvents.completed;
import static io.warrantycare.notification.TestEvents.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.Topics;
import io.warrantycare.testsupport.RealInfrastructure;
import io.warrantycare.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/** SMTP outages: the test stops its GreenMail, so the application's sends fail until it is started again. */
@RealInfrastructure
@NotificationIntegrationTest
class DeliveryRetryIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static TopicProbe probe;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeAll
    static void probe() {
        probe = new TopicProbe(Topics.REGISTRATIONS);
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    @AfterEach
    void smtpIsBack() {
        TestMailServer.start();
    }

    @Test
    void retriesWhileSmtpIsDownAndSendsOnceItIsBack() {
        DeliveryLogClient log = new DeliveryLogClient(web);
        String address = email("outage");
        RegistrationCompleted event = completed("EXTENSION_ACTIVATED", "it", address, LocalDate.of(2034, 11, 1));
        TestMailServer.stop();

        TestEvents.send(probe, event);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(log.only(event.registrationId()))
                .containsEntry("status", "RETRYING")
                .satisfies(entry -> assertThat((Integer) entry.get("attempts")).isGreaterThanOrEqualTo(1))
                .satisfies(entry -> assertThat((String) entry.get("lastError")).isNotBlank().doesNotContain(address))
                .satisfies(entry -> assertThat(entry.get("nextAttemptAt")).isNotNull()));
        TestMailServer.start();

        await().atMost(PATIENCE).until(() -> !TestMailServer.messagesTo(address).isEmpty());
        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, Object> entry = log.only(event.registrationId());
            assertThat(entry).containsEntry("status", "SENT").containsEntry("lastError", null);
            assertThat((Integer) entry.get("attempts")).isGreaterThanOrEqualTo(2);
            assertThat(entry.get("sentAt")).isNotNull();
        });
        assertThat(TestMailServer.messagesTo(address)).hasSize(1);
    }

    @Test
    void marksTheMessageFailedAfterTheLastAttempt() {
        DeliveryLogClient log = new DeliveryLogClient(web);
        String address = email("never");
        RegistrationCompleted event = completed("EXTENSION_ACTIVATED", "ko", address, LocalDate.of(2034, 11, 1));
        TestMailServer.stop();

        TestEvents.send(probe, event);

        // The shared test context allows 8 attempts with back-offs 250 ms, 500 ms, 1 s, then 2 s each.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(log.only(event.registrationId()))
                .containsEntry("status", "FAILED")
                .containsEntry("attempts", 8)
                .containsEntry("nextAttemptAt", null)
                .satisfies(entry -> assertThat((String) entry.get("lastError")).contains("MailSendException")));
        TestMailServer.start();
        assertThat(TestMailServer.messagesTo(address)).isEmpty();
    }

    @Test
    void sendsAMessageWhoseSenderDiedAfterRecordingIt() {
        DeliveryLogClient log = new DeliveryLogClient(web);
        String address = email("orphan");
        RegistrationCompleted event = completed("ALREADY_EXTENDED", "zh-Hant", address, LocalDate.of(2030, 2, 28));
        Instant crashedAt = Instant.now().minus(Duration.ofMinutes(2));
        // What a crash between the insert and the first attempt leaves behind: PENDING, its claim lease over.
        mongo.insert(Delivery.pending(event, MessageKind.ALREADY_EXTENDED, event.correlationId(), crashedAt,
                crashedAt.plus(Duration.ofMinutes(1)))).block(PATIENCE);

        await().atMost(PATIENCE).until(() -> !TestMailServer.messagesTo(address).isEmpty());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(log.only(event.registrationId()))
                .containsEntry("status", "SENT")
                .containsEntry("language", "zh-TW")
                .containsEntry("attempts", 1));
    }
}
