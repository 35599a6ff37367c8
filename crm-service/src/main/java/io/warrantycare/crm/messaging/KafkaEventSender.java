package io.warrantycare.crm.messaging;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.crm.EventSender;
import io.warrantycare.crm.OutboxEntry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends an outbox entry as it was written: key, JSON value, headers {@code eventType} and {@code correlationId}. The
 * send starts off the caller's thread because the producer may block while it waits for broker metadata.
 */
@Component
class KafkaEventSender implements EventSender {

    private final KafkaTemplate<String, String> kafka;

    KafkaEventSender(KafkaTemplate<String, String> kafka) {
        this.kafka = kafka;
    }

    @Override
    public Mono<Void> send(OutboxEntry entry) {
        ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic(), entry.key(), entry.payload());
        record.headers().add(EventHeaders.TYPE, entry.type().getBytes(StandardCharsets.UTF_8));
        if (entry.correlationId() != null) {
            record.headers().add(EventHeaders.CORRELATION_ID, entry.correlationId().getBytes(StandardCharsets.UTF_8));
        }
        return Mono.fromFuture(() -> kafka.send(record)).subscribeOn(Schedulers.boundedElastic()).then();
    }
}
