package io.warrantycare.warranty.config;

import io.warrantycare.contracts.Topics;
import io.warrantycare.warranty.WarrantySettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /**
     * Bounded retries, then the record goes to {@code <topic>.dlt} on the same partition and the partition keeps
     * flowing. Unreadable values are not retried: reading them again gives the same answer.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template, WarrantySettings settings) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        WarrantySettings.Kafka kafka = settings.kafka();
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer,
                new FixedBackOff(kafka.retryInterval().toMillis(), kafka.retryAttempts()));
        handler.addNotRetryableExceptions(JacksonException.class, IllegalArgumentException.class);
        return handler;
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin, WarrantySettings settings) {
        return new KafkaHealthIndicator(admin, settings.kafka().healthTimeout().toMillis());
    }

    /** UP when the cluster answers a describe-cluster request within the timeout. */
    static final class KafkaHealthIndicator extends AbstractReactiveHealthIndicator implements DisposableBean {

        private final KafkaAdmin admin;
        private final int timeoutMillis;
        private volatile AdminClient client;

        KafkaHealthIndicator(KafkaAdmin admin, long timeoutMillis) {
            super("Kafka health check failed");
            this.admin = admin;
            this.timeoutMillis = (int) timeoutMillis;
        }

        @Override
        protected Mono<Health> doHealthCheck(Health.Builder builder) {
            DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs(timeoutMillis);
            return Mono.fromCompletionStage(() -> client().describeCluster(options).clusterId().toCompletionStage())
                    .timeout(Duration.ofMillis(timeoutMillis + 500L))
                    .map(clusterId -> builder.up().withDetail("clusterId", clusterId).build());
        }

        private AdminClient client() {
            AdminClient current = client;
            if (current == null) {
                synchronized (this) {
                    current = client;
                    if (current == null) {
                        Map<String, Object> config = new HashMap<>(admin.getConfigurationProperties());
                        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis);
                        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
                        current = AdminClient.create(config);
                        client = current;
                    }
                }
            }
            return current;
        }

        @Override
        public void destroy() {
            AdminClient current = client;
            if (current != null) {
                current.close(Duration.ofSeconds(2));
            }
        }
    }
}
