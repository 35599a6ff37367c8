package io.warrantycare.crm.messaging;

import io.warrantycare.contracts.Topics;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Bounded retries, then {@code <topic>.dlt} on the same partition, so that one poison record never stalls the
 * partition behind it. Records that can never succeed skip the retries. Boot's listener container factory picks this
 * error handler up.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfig {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfig.class);

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<?, ?> kafka, ListenerProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            Throwable cause = rootCause(failure);
            log.warn("Record {}-{}@{} goes to {}: {}", record.topic(), record.partition(), record.offset(),
                    Topics.deadLetterOf(record.topic()), cause instanceof PoisonRecordException
                            ? cause.getMessage() : cause.getClass().getSimpleName());
            recoverer.accept(record, failure);
        }, new FixedBackOff(properties.retryInterval().toMillis(), properties.retries()));
        handler.addNotRetryableExceptions(PoisonRecordException.class);
        return handler;
    }

    /** Only the poison message's own text is safe to log; other exceptions' messages may quote personal data. */
    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
