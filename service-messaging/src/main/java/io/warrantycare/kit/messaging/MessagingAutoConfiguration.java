package io.warrantycare.kit.messaging;

import io.warrantycare.contracts.Topics;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The messaging kit: producer settings for an outbox relay (acks from every replica, idempotence, no linger), the
 * event decoder on every listener, dead letters after a bounded back-off, correlation ids in the listeners' logs,
 * the outbox relay and sweep, and the broker and store health checks behind readiness.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" }, beforeName = {
        "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.health.DataMongoReactiveHealthContributorAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAnnotationDrivenConfiguration" })
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Every hop of the saga waits on this producer: no linger (Kafka 4 defaults to 5 ms), all replicas ack. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer outboxProducerSettings() {
        return factory -> {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put(ProducerConfig.ACKS_CONFIG, "all");
            settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            factory.updateConfigs(settings);
        };
    }

    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    DefaultKafkaConsumerFactoryCustomizer eventDecoding(JsonMapper json) {
        return factory -> {
            DefaultKafkaConsumerFactory<Object, Object> events = (DefaultKafkaConsumerFactory) factory;
            events.setKeyDeserializerSupplier(() -> (Deserializer) new StringDeserializer());
            events.setValueDeserializerSupplier(() -> EventRecordDecoder.valueDeserializer(json));
        };
    }

    /**
     * Bounded, growing retries, then the record goes to {@code <topic>.dlt} on the same partition and the partition
     * keeps flowing. Unreadable values and poison events are not retried: reading them again gives the same answer.
     */
    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler deadLetterErrorHandler(KafkaProperties kafka, JsonMapper json, MessagingProperties properties) {
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(String.class, new StringSerializer());
        byType.put(Object.class, new JacksonJsonSerializer<>(json).noTypeInfo());
        Map<String, Object> producer = new LinkedHashMap<>(kafka.buildProducerProperties());
        producer.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        producer.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        DefaultKafkaProducerFactory<Object, Object> factory = new DefaultKafkaProducerFactory<>(producer,
                new DelegatingByTypeSerializer(Map.of(String.class, new StringSerializer(),
                        byte[].class, new ByteArraySerializer())),
                new DelegatingByTypeSerializer(byType, true));
        KafkaTemplate<Object, Object> deadLetters = new KafkaTemplate<>(factory);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        MessagingProperties.DeadLetters settings = properties.deadLetters();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(settings.retries());
        backOff.setInitialInterval(settings.initialInterval().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(settings.maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class);
        return handler;
    }

    @Bean
    RecordInterceptor<Object, Object> correlationRecordInterceptor() {
        return new CorrelationRecordInterceptor();
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxEntries outboxEntries(JsonMapper json, Clock clock) {
        return new OutboxEntries(json, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(KafkaTemplate<String, String> kafka, ReactiveMongoTemplate mongo,
            MessagingProperties properties, Clock clock) {
        return new OutboxRelay(kafka, mongo, properties, clock);
    }

    @Bean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin, MessagingProperties properties) {
        return new KafkaHealthIndicator(admin, properties.health().timeout());
    }

    @Bean(name = "mongoHealthIndicator")
    StoreHealthIndicator mongoHealthIndicator(ReactiveMongoTemplate mongo, MessagingProperties properties) {
        return new StoreHealthIndicator(mongo, properties.health().timeout());
    }
}
