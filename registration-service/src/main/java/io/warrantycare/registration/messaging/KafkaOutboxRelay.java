package io.warrantycare.registration.messaging;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.registration.Correlation;
import io.warrantycare.registration.OutboxEntry;
import io.warrantycare.registration.OutboxRelay;
import io.warrantycare.registration.RegistrationProperties;
import io.warrantycare.registration.Registrations;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Relays outbox entries to Kafka: right after the write that stored them, and from a scheduled sweep for whatever
 * is still there (a crash between the write and the send, a broker outage). An entry leaves the document only on the
 * broker's acknowledgement, so an event may be sent twice but never lost; consumers deduplicate on the event id.
 */
@Component
public class KafkaOutboxRelay implements OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(KafkaOutboxRelay.class);
    private static final int SWEEP_BATCH = 100;

    private final KafkaTemplate<String, String> kafka;
    private final Registrations registrations;
    private final RegistrationProperties properties;
    private final Clock clock;

    public KafkaOutboxRelay(KafkaTemplate<String, String> kafka, Registrations registrations,
            RegistrationProperties properties, Clock clock) {
        this.kafka = kafka;
        this.registrations = registrations;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Mono<Void> relay(String registrationId, List<OutboxEntry> entries) {
        return Flux.fromIterable(entries)
                .concatMap(entry -> send(entry)
                        .then(registrations.acknowledge(registrationId, entry.eventId()))
                        .onErrorResume(failure -> {
                            Correlation.run(entry.correlationId(), () -> log.warn(
                                    "{} {} of registration {} is not published yet ({}); the outbox sweep will retry",
                                    entry.type(), entry.eventId(), registrationId, failure.getClass().getSimpleName()));
                            return Mono.empty();
                        }))
                .then();
    }

    /** Republishes the entries older than the grace period, which the immediate relay did not get through. */
    public Mono<Long> sweep() {
        Instant cutoff = clock.instant().minus(properties.outboxGrace());
        return registrations.withOutboxOlderThan(cutoff, SWEEP_BATCH)
                .concatMap(registration -> relay(registration.id(), registration.outbox().stream()
                        .filter(entry -> entry.createdAt() == null || entry.createdAt().isBefore(cutoff))
                        .toList()).thenReturn(registration))
                .count();
    }

    private Mono<Void> send(OutboxEntry entry) {
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic(), entry.key(), entry.payload());
        record.headers().add(EventHeaders.TYPE, entry.type().getBytes(StandardCharsets.UTF_8));
        if (entry.correlationId() != null) {
            record.headers().add(EventHeaders.CORRELATION_ID, entry.correlationId().getBytes(StandardCharsets.UTF_8));
        }
        return Mono.fromFuture(() -> kafka.send(record))
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(properties.sendTimeout())
                .then();
    }
}
