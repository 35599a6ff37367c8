package io.warrantycare.registration.config;

import io.warrantycare.contracts.Topics;
import io.warrantycare.registration.MalformedEventException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfig.class);
    private static final long RETRY_INTERVAL_MS = 200;
    private static final long RETRIES = 3;

    /**
     * A record that keeps failing goes to {@code <topic>.dlt}, same partition, after bounded retries, and the partition
     * moves on. A malformed event cannot get better: it skips the retries. The log names the record, not its content.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            log.warn("Dead-lettering {}-{}@{} to {}: {}", record.topic(), record.partition(), record.offset(),
                    Topics.deadLetterOf(record.topic()), rootCause(failure));
            deadLetters.accept(record, failure);
        }, new FixedBackOff(RETRY_INTERVAL_MS, RETRIES));
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause && !(cause instanceof MalformedEventException)) {
            cause = cause.getCause();
        }
        return cause instanceof MalformedEventException ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
