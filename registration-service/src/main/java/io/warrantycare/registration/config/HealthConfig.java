package io.warrantycare.registration.config;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.bson.Document;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Readiness reflects the two things the service cannot work without. Boot's MongoDB indicator sends {@code hello},
 * which mongo-java-server does not answer, so this one pings; its bean name replaces Boot's.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfig {

    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(3);

    @Bean
    ReactiveHealthIndicator mongoHealthIndicator(ReactiveMongoTemplate mongo) {
        return () -> mongo.executeCommand(new Document("ping", 1))
                .map(answer -> Health.up().build())
                .timeout(CHECK_TIMEOUT)
                .onErrorResume(failure -> Mono.just(Health.down().withDetail("error", failure.getClass().getSimpleName()).build()));
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties properties) {
        return new KafkaHealthIndicator(properties.buildAdminProperties());
    }

    /** Asks the cluster to describe itself; the admin client is created on first use (a broker may start later). */
    static final class KafkaHealthIndicator implements ReactiveHealthIndicator, DisposableBean {

        private final Map<String, Object> adminProperties;
        private volatile Admin admin;

        KafkaHealthIndicator(Map<String, Object> adminProperties) {
            this.adminProperties = Map.copyOf(adminProperties);
        }

        @Override
        public Mono<Health> health() {
            return Mono.fromCallable(this::admin)
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(client -> Mono.fromCompletionStage(client
                            .describeCluster(new DescribeClusterOptions().timeoutMs((int) CHECK_TIMEOUT.toMillis()))
                            .nodes().toCompletionStage()))
                    .map(nodes -> nodes.isEmpty() ? Health.down().withDetail("nodes", 0).build() : Health.up().build())
                    .timeout(CHECK_TIMEOUT.plusSeconds(1))
                    .onErrorResume(failure -> Mono.just(Health.down().withDetail("error", failure.getClass().getSimpleName()).build()));
        }

        private Admin admin() {
            Admin current = admin;
            if (current == null) {
                synchronized (this) {
                    current = admin;
                    if (current == null) {
                        current = Admin.create(adminProperties);
                        admin = current;
                    }
                }
            }
            return current;
        }

        @Override
        public void destroy() {
            Admin current = admin;
            if (current != null) {
                current.close(Duration.ofSeconds(2));
            }
        }
    }
}
