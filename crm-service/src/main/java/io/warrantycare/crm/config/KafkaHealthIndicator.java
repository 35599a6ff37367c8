package io.warrantycare.crm.config;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Kafka readiness: the broker answers {@code describeCluster} within a short timeout. */
@Component("kafkaHealthIndicator")
class KafkaHealthIndicator implements ReactiveHealthIndicator, DisposableBean {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private final KafkaAdmin admin;
    private volatile AdminClient client;

    KafkaHealthIndicator(KafkaAdmin admin) {
        this.admin = admin;
    }

    @Override
    public Mono<Health> health() {
        return Mono.fromCallable(() -> client()
                        .describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                        .clusterId()
                        .get(TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS))
                .subscribeOn(Schedulers.boundedElastic())
                .map(clusterId -> Health.up().withDetail("clusterId", clusterId).build())
                .onErrorResume(failure -> Mono.just(Health.down().withDetail("error", failure.getClass().getSimpleName()).build()));
    }

    private AdminClient client() {
        AdminClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    current = AdminClient.create(admin.getConfigurationProperties());
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
