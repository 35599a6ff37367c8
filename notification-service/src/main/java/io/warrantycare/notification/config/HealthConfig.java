package io.warrantycare.notification.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import reactor.core.publisher.Mono;

/**
 * Readiness = MongoDB and Kafka answer (the readiness group in application.yml). Boot's own Mongo indicator sends
 * {@code hello}, which mongo-java-server does not know, so this one sends {@code {ping: 1}}. SMTP is deliberately
 * not part of readiness: while it is down, messages wait in the delivery log and are retried.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfig {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Bean
    ReactiveHealthIndicator mongoHealthIndicator(ReactiveMongoTemplate mongo) {
        return () -> mongo.executeCommand(new Document("ping", 1))
                .map(answer -> Health.up().build())
                .timeout(TIMEOUT)
                .onErrorResume(failure -> Mono.just(Health.down().withDetail("error", failure.getClass().getSimpleName()).build()));
    }

    @Bean(destroyMethod = "close")
    AdminClient healthAdminClient(KafkaAdmin kafkaAdmin) {
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "notification-service-health");
        return AdminClient.create(config);
    }

    @Bean
    ReactiveHealthIndicator kafkaHealthIndicator(AdminClient healthAdminClient) {
        return () -> Mono.fromCompletionStage(() -> healthAdminClient
                        .describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                        .clusterId().toCompletionStage())
                .map(clusterId -> Health.up().withDetail("clusterId", clusterId).build())
                .timeout(TIMEOUT.plusSeconds(1))
                .onErrorResume(failure -> Mono.just(Health.down().withDetail("error", failure.getClass().getSimpleName()).build()));
    }
}
