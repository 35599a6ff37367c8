package io.warrantycare.notification.config;

import io.warrantycare.contracts.Topics;
import io.warrantycare.notification.Emails;
import io.warrantycare.notification.InvalidEventException;
import io.warrantycare.notification.NotificationProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Poison records: a bounded number of redeliveries, then {@code <topic>.dlt} on the same partition, and the
 * partition keeps flowing. An {@link InvalidEventException} can never succeed, so it skips the redeliveries.
 * Boot's listener container factory picks this error handler up.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfig.class);

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> kafka, NotificationProperties properties) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        NotificationProperties.Kafka retry = properties.kafka();
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters,
                new FixedBackOff(retry.interval().toMillis(), retry.retries()));
        handler.addNotRetryableExceptions(InvalidEventException.class);
        handler.setRetryListeners(new RetryListener() {

            @Override
            public void failedDelivery(ConsumerRecord<?, ?> record, Exception failure, int deliveryAttempt) {
                log.info("Record {} failed (delivery {}): {}", position(record), deliveryAttempt, reason(failure));
            }

            @Override
            public void recovered(ConsumerRecord<?, ?> record, Exception failure) {
                log.warn("Record {} sent to {}: {}", position(record), Topics.deadLetterOf(record.topic()), reason(failure));
            }
        });
        return handler;
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    /** The innermost cause's type and message, never the record's value (it holds personal data). */
    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + Emails.redact(String.valueOf(root.getMessage()));
    }
}
