package io.warrantycare.warranty.config;

import java.time.Duration;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import reactor.core.publisher.Mono;

@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    /** Dates and instants with the driver's own codecs (UTC), independent of the machine's time zone. */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(adapter -> adapter.useNativeDriverJavaTimeCodecs());
    }

    /**
     * Replaces Boot's MongoDB indicator (same bean name), whose {@code hello} command the embedded MongoDB-protocol
     * server does not support; {@code ping} works on both.
     */
    @Bean
    ReactiveHealthIndicator mongoHealthIndicator(ReactiveMongoTemplate mongo) {
        return new AbstractReactiveHealthIndicator("MongoDB health check failed") {
            @Override
            protected Mono<Health> doHealthCheck(Health.Builder builder) {
                return mongo.executeCommand(new Document("ping", 1))
                        .timeout(Duration.ofSeconds(3))
                        .map(answer -> builder.up().build());
            }
        };
    }
}
