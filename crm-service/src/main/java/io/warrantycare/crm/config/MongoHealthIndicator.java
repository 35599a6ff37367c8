package io.warrantycare.crm.config;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * MongoDB readiness by {@code {ping: 1}}. Replaces Boot's indicator (same bean name), whose {@code hello} command the
 * embedded MongoDB-protocol server does not answer.
 */
@Component("mongoHealthIndicator")
class MongoHealthIndicator implements ReactiveHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private final ReactiveMongoTemplate mongo;

    MongoHealthIndicator(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Health> health() {
        return mongo.executeCommand("{ ping: 1 }")
                .map(reply -> Health.up().build())
                .timeout(TIMEOUT)
                .onErrorResume(failure -> Mono.just(Health.down().withDetail("error", failure.getClass().getSimpleName()).build()));
    }
}
