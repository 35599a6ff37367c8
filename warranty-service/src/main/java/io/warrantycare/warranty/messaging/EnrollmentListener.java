package io.warrantycare.warranty.messaging;

import io.warrantycare.contracts.EnrollmentApproved;
import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.Topics;
import io.warrantycare.warranty.Enrollments;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applies approved enrollments; rejected ones are registration-service's business. The listener blocks at this
 * boundary (a Kafka thread, not an event loop) so that a failure reaches the container's error handler, which retries
 * and then dead-letters the record.
 */
@Component
class EnrollmentListener {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final EventDecoder decoder;
    private final Enrollments enrollments;

    EnrollmentListener(EventDecoder decoder, Enrollments enrollments) {
        this.decoder = decoder;
        this.enrollments = enrollments;
    }

    @KafkaListener(id = "warranty-enrollments", idIsGroup = false, topics = Topics.ENROLLMENT)
    void onEnrollment(ConsumerRecord<String, String> record) {
        decoder.decode(record)
                .filter(EnrollmentApproved.class::isInstance)
                .map(EnrollmentApproved.class::cast)
                .map(approved -> approved.correlationId() != null ? approved : withCorrelationId(approved,
                        EventDecoder.header(record, EventHeaders.CORRELATION_ID)))
                .ifPresent(approved -> {
                    try (var ignored = MDC.putCloseable("correlationId", String.valueOf(approved.correlationId()))) {
                        enrollments.apply(approved).block(TIMEOUT);
                    }
                });
    }

    private static EnrollmentApproved withCorrelationId(EnrollmentApproved approved, String correlationId) {
        return new EnrollmentApproved(approved.eventId(), approved.occurredAt(), correlationId,
                approved.registrationId(), approved.ni(), approved.customerId(), approved.ownership(),
                approved.registeredOn());
    }
}
