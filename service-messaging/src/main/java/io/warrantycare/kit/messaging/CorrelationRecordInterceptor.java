package io.warrantycare.kit.messaging;

import io.warrantycare.contracts.EventHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/** Puts the record's correlation id into the MDC while its listener runs, so the saga can be followed in the logs. */
final class CorrelationRecordInterceptor implements RecordInterceptor<Object, Object> {

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
            Consumer<Object, Object> consumer) {
        Header header = record.headers().lastHeader(EventHeaders.CORRELATION_ID);
        if (header != null) {
            MDC.put(EventHeaders.CORRELATION_ID, new String(header.value(), StandardCharsets.UTF_8));
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(EventHeaders.CORRELATION_ID);
    }
}
