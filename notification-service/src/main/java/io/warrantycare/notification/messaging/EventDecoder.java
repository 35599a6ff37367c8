package io.warrantycare.notification.messaging;

import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.notification.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record by its {@code eventType} header: other types on the topic are skipped, unknown JSON fields ignored
 * (changes to the contracts are additive), and an unreadable value becomes an {@link InvalidEventException} whose
 * message holds no payload text (payloads carry personal data).
 */
@Component
class EventDecoder {

    private static final Logger log = LoggerFactory.getLogger(EventDecoder.class);

    private final JsonMapper jsonMapper;

    EventDecoder(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    <T extends DomainEvent> Optional<Inbound<T>> decode(ConsumerRecord<String, String> record, Class<T> wanted) {
        String type = header(record, EventHeaders.TYPE);
        Optional<Class<? extends DomainEvent>> known = EventTypes.typeOf(type);
        if (known.isEmpty() || known.get() != wanted) {
            log.debug("Skipping {} record at {}-{}@{}", type, record.topic(), record.partition(), record.offset());
            return Optional.empty();
        }
        if (record.value() == null) {
            throw new InvalidEventException(type + " record without a value at " + position(record));
        }
        T event;
        try {
            event = jsonMapper.readerFor(wanted)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(record.value());
        } catch (JacksonException unreadable) {
            throw new InvalidEventException("Unreadable " + type + " at " + position(record) + " ("
                    + unreadable.getClass().getSimpleName() + ")");
        }
        if (event == null) {
            throw new InvalidEventException(type + " record with a null value at " + position(record));
        }
        String correlationId = event.correlationId() != null ? event.correlationId()
                : header(record, EventHeaders.CORRELATION_ID);
        return Optional.of(new Inbound<>(event, correlationId));
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
