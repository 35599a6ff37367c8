package io.warrantycare.kit.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.core.KafkaAdmin;
import reactor.core.publisher.Mono;

/** UP when the cluster answers a describe-cluster request within the timeout. */
public class KafkaHealthIndicator extends AbstractReactiveHealthIndicator implements DisposableBean {

    private final KafkaAdmin admin;
    private final int timeoutMillis;
    private volatile AdminClient client;

    public KafkaHealthIndicator(KafkaAdmin admin, Duration timeout) {
        super("Kafka health check failed");
        this.admin = admin;
        this.timeoutMillis = (int) timeout.toMillis();
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
