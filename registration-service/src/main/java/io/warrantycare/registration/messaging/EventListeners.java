package io.warrantycare.registration.messaging;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.Topics;
import io.warrantycare.registration.Correlation;
import io.warrantycare.registration.RegistrationSaga;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The saga's inputs. Listener methods return void and block at this boundary (a listener thread, not an event loop):
 * spring-kafka 4.0 drops failures of listeners returning a Mono, and a failure must reach the error handler that
 * retries and then dead-letters it.
 */
@Component
class EventListeners {

    private static final Duration HANDLING_TIMEOUT = Duration.ofSeconds(30);

    private final EventDecoder decoder;
    private final RegistrationSaga saga;

    EventListeners(EventDecoder decoder, RegistrationSaga saga) {
        this.decoder = decoder;
        this.saga = saga;
    }

    @KafkaListener(topics = Topics.PRODUCTS)
    void onProductEvent(ConsumerRecord<String, String> record) {
        handle(record);
    }

    @KafkaListener(topics = Topics.ENROLLMENT)
    void onEnrollmentDecision(ConsumerRecord<String, String> record) {
        handle(record);
    }

    @KafkaListener(topics = Topics.WARRANTIES)
    void onWarrantyOutcome(ConsumerRecord<String, String> record) {
        handle(record);
    }

    @KafkaListener(topics = Topics.CONSENT)
    void onConsentEvent(ConsumerRecord<String, String> record) {
        handle(record);
    }

    private void handle(ConsumerRecord<String, String> record) {
        decoder.decode(record).ifPresent(event -> Correlation.run(
                event.correlationId() != null ? event.correlationId() : EventDecoder.header(record, EventHeaders.CORRELATION_ID),
                () -> saga.on(event).block(HANDLING_TIMEOUT)));
    }
}
