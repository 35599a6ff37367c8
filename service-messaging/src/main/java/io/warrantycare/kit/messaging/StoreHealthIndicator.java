package io.warrantycare.kit.messaging;

import java.time.Duration;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

/**
 * UP when the service's database answers {@code {ping: 1}} within the timeout. Boot's own check sends
 * {@code hello}, which the embedded MongoDB-protocol server does not know; {@code ping} works on both.
 */
public class StoreHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoTemplate mongo;
    private final Duration timeout;

    public StoreHealthIndicator(ReactiveMongoTemplate mongo, Duration timeout) {
        super("Store health check failed");
        this.mongo = mongo;
        this.timeout = timeout;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return mongo.executeCommand(new Document("ping", 1))
                .timeout(timeout)
                .map(answer -> builder.up().build());
    }
}
