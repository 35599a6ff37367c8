package io.warrantycare.kit.messaging;

import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.EventTypes;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.mapping.DefaultJacksonJavaTypeMapper;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;

/**
 * spring-kafka's JSON type mapping on the {@code eventType} header with the short wire ids of {@link EventTypes},
 * never Java class names. An id this service does not know maps to {@link UnknownEvent}, which listeners skip.
 */
final class WireTypeMapper extends DefaultJacksonJavaTypeMapper {

    private static final JavaType UNKNOWN = TypeFactory.createDefaultInstance().constructType(UnknownEvent.class);

    WireTypeMapper() {
        setClassIdFieldName(EventHeaders.TYPE);
        Map<String, Class<?>> mapping = new LinkedHashMap<>();
        for (Map.Entry<String, Class<? extends DomainEvent>> entry : EventTypes.all().entrySet()) {
            mapping.put(entry.getKey(), entry.getValue());
        }
        mapping.put("UnknownEvent", UnknownEvent.class);
        setIdClassMapping(mapping);
        addTrustedPackages("io.warrantycare.contracts", "io.warrantycare.kit.messaging");
    }

    @Override
    public JavaType toJavaType(Headers headers) {
        Header type = headers.lastHeader(EventHeaders.TYPE);
        if (type == null || EventTypes.typeOf(new String(type.value(), StandardCharsets.UTF_8)).isEmpty()) {
            return UNKNOWN;
        }
        return super.toJavaType(headers);
    }
}
