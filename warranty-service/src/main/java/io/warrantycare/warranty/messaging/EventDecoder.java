package io.warrantycare.warranty.messaging;

import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.EventTypes;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an event by its {@code eventType} header. Unknown types are skipped (a newer producer may add some);
 * a known type whose value cannot be read throws, so that the record ends on the dead-letter topic.
 */
@Component
class EventDecoder {

    private static final Logger log = LoggerFactory.getLogger(EventDecoder.class);

    private final JsonMapper json;

    EventDecoder(JsonMapper json) {
        this.json = json;
    }

    Optional<DomainEvent> decode(ConsumerRecord<String, String> record) {
        String type = header(record, EventHeaders.TYPE);
        Optional<Class<? extends DomainEvent>> eventClass = EventTypes.typeOf(type);
        if (eventClass.isEmpty()) {
            log.debug("Skipping a record of unknown type {} at {}-{}@{}", type, record.topic(), record.partition(),
                    record.offset());
            return Optional.empty();
        }
        if (record.value() == null) {
            throw new IllegalArgumentException("A " + type + " record without a value");
        }
        return Optional.of(json.readValue(record.value(), eventClass.get()));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
