package io.warrantycare.crm.messaging;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.IndividualNumbers;
import io.warrantycare.contracts.RegistrationSubmitted;
import io.warrantycare.crm.EmailAddresses;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record of {@code registration.registrations.v1} by its {@code eventType} header: RegistrationSubmitted is
 * decoded (unknown JSON fields ignored), every other type is skipped.
 */
@Component
class RegistrationDecoder {

    private static final Logger log = LoggerFactory.getLogger(RegistrationDecoder.class);
    private final JsonMapper json;

    RegistrationDecoder(JsonMapper json) {
        this.json = json;
    }

    Optional<RegistrationSubmitted> decode(ConsumerRecord<String, String> record) {
        String type = header(record, EventHeaders.TYPE);
        if (EventTypes.typeOf(type).filter(RegistrationSubmitted.class::equals).isEmpty()) {
            log.debug("Skipping {} at {}-{}@{}", type, record.topic(), record.partition(), record.offset());
            return Optional.empty();
        }
        if (record.value() == null) {
            throw new PoisonRecordException("RegistrationSubmitted without a value");
        }
        RegistrationSubmitted event;
        try {
            event = json.readValue(record.value(), RegistrationSubmitted.class);
        } catch (JacksonException unreadable) {
            throw new PoisonRecordException("RegistrationSubmitted is not readable JSON (" + unreadable.getClass().getSimpleName() + ")");
        }
        if (event == null || blank(event.registrationId()) || IndividualNumbers.canonical(event.ni()).isEmpty()
                || event.customer() == null || EmailAddresses.normalise(event.customer().email()).isEmpty()) {
            throw new PoisonRecordException("RegistrationSubmitted lacks a registration id, an NI or a usable e-mail address");
        }
        return Optional.of(event);
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
