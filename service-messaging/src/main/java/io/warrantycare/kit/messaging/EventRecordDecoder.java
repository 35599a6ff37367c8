package io.warrantycare.kit.messaging;

import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The value deserializer of every listener: JSON into the event record named by the {@code eventType} header. A value
 * that cannot be read does not stop the partition: {@link ErrorHandlingDeserializer} hands the failure to the error
 * handler, which dead-letters the original bytes without retrying (reading them again gives the same answer).
 */
public final class EventRecordDecoder {

    public static Deserializer<Object> valueDeserializer(JsonMapper json) {
        JacksonJsonDeserializer<Object> events = new JacksonJsonDeserializer<>(Object.class, json, true);
        events.setTypeMapper(new WireTypeMapper());
        return new ErrorHandlingDeserializer<>(events);
    }

    private EventRecordDecoder() {
    }
}
