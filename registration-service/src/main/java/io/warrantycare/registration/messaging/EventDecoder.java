package io.warrantycare.registration.messaging;

import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.registration.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads a record by its {@code eventType} header; unknown types are skipped, unreadable values are poison. */
@Component
class EventDecoder {

    private static final Logger log = LoggerFactory.getLogger(EventDecoder.class);

    private final JsonMapper json;

    EventDecoder(JsonMapper json) {
        this.json = json;
    }

    Optional<DomainEvent> decode(ConsumerRecord<String, String> record) {
        String type = header(record, EventHeaders.TYPE);
        Optional<Class<? extends DomainEvent>> eventType = EventTypes.typeOf(type);
        if (eventType.isEmpty()) {
            log.debug("Skipping a record of unknown type {} at {}-{}@{}", type, record.topic(), record.partition(), record.offset());
            return Optional.empty();
        }
        if (record.value() == null) {
            throw new MalformedEventException(type + " record without a value at " + position(record));
        }
        DomainEvent event;
        try {
            event = json.readValue(record.value(), eventType.get());
        } catch (JacksonException unreadable) {
            throw new MalformedEventException(type + " record is not readable at " + position(record), unreadable);
        }
        if (event == null || event.eventId() == null || event.eventId().isBlank()) {
            throw new MalformedEventException(type + " record without an event id at " + position(record));
        }
        return Optional.of(event);
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String position(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
