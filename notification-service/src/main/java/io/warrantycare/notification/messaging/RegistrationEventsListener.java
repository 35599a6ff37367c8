package io.warrantycare.notification.messaging;

import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.Topics;
import io.warrantycare.notification.Correlation;
import io.warrantycare.notification.Notifications;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * RegistrationCompleted → one message to the customer; RegistrationSubmitted, the topic's other type, is skipped.
 * The method blocks at this boundary on purpose: a failure must reach the container's error handler (and, if it
 * persists, the dead-letter topic) instead of vanishing in an unsubscribed Mono (spring-kafka issue #4333).
 */
@Component
class RegistrationEventsListener {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final EventDecoder decoder;
    private final Notifications notifications;

    RegistrationEventsListener(EventDecoder decoder, Notifications notifications) {
        this.decoder = decoder;
        this.notifications = notifications;
    }

    @KafkaListener(topics = Topics.REGISTRATIONS)
    void on(ConsumerRecord<String, String> record) {
        decoder.decode(record, RegistrationCompleted.class).ifPresent(inbound -> Correlation.run(inbound.correlationId(),
                () -> notifications.notify(inbound.event(), inbound.correlationId()).block(TIMEOUT)));
    }
}
