package io.warrantycare.notification.messaging;

import io.warrantycare.contracts.CustomerErased;
import io.warrantycare.contracts.Topics;
import io.warrantycare.notification.Correlation;
import io.warrantycare.notification.Notifications;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** CustomerErased → the delivery log forgets the customer; ConsentGranted and ConsentWithdrawn are skipped. */
@Component
class ConsentEventsListener {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final EventDecoder decoder;
    private final Notifications notifications;

    ConsentEventsListener(EventDecoder decoder, Notifications notifications) {
        this.decoder = decoder;
        this.notifications = notifications;
    }

    @KafkaListener(topics = Topics.CONSENT)
    void on(ConsumerRecord<String, String> record) {
        decoder.decode(record, CustomerErased.class).ifPresent(inbound -> Correlation.run(inbound.correlationId(),
                () -> notifications.erase(inbound.event(), inbound.correlationId()).block(TIMEOUT)));
    }
}
