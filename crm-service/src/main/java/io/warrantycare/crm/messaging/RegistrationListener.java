package io.warrantycare.crm.messaging;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.Topics;
import io.warrantycare.crm.Correlation;
import io.warrantycare.crm.EnrollmentOutcome;
import io.warrantycare.crm.EnrollmentService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Hands each RegistrationSubmitted to the enrollment service. Blocking here, on the listener thread, is deliberate:
 * a failure must reach the container's error handler (retries, then the dead-letter topic), which a returned Mono
 * would bypass in spring-kafka 4.0.
 */
@Component
class RegistrationListener {

    private static final Logger log = LoggerFactory.getLogger(RegistrationListener.class);
    private final RegistrationDecoder decoder;
    private final EnrollmentService enrollment;
    private final ListenerProperties properties;

    RegistrationListener(RegistrationDecoder decoder, EnrollmentService enrollment, ListenerProperties properties) {
        this.decoder = decoder;
        this.enrollment = enrollment;
        this.properties = properties;
    }

    @KafkaListener(id = "crm-registrations", topics = Topics.REGISTRATIONS)
    void onRegistration(ConsumerRecord<String, String> record) {
        decoder.decode(record).ifPresent(registration -> {
            String correlationId = Correlation.orNew(registration.correlationId() != null
                    ? registration.correlationId() : RegistrationDecoder.header(record, EventHeaders.CORRELATION_ID));
            Correlation.run(correlationId, () -> {
                EnrollmentOutcome outcome = enrollment.decide(registration, correlationId).block(properties.handlingTimeout());
                log.info("Registration {} for NI {}: {} (customer {})", outcome.registrationId(), registration.ni(),
                        outcome.decision(), outcome.customerId());
            });
        });
    }
}
