package io.warrantycare.registration.config;

import io.warrantycare.registration.Registration;
import java.time.Duration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.ReactiveIndexOperations;
import reactor.core.publisher.Flux;

/**
 * Indexes created at start-up, before any request. The unique one enforces one registration per idempotency key
 * (sparse: most registrations carry none); the others serve the erasure and the sweeps, never the hot path.
 */
@Configuration(proxyBeanMethods = false)
class MongoIndexes implements InitializingBean {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private final ReactiveMongoTemplate mongo;

    MongoIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        ReactiveIndexOperations registrations = mongo.indexOps(Registration.class);
        Flux.concat(
                registrations.createIndex(new Index().on("idempotencyKey", Sort.Direction.ASC).unique().sparse()
                        .named("idempotencyKey_unique")),
                registrations.createIndex(new Index().on("customerId", Sort.Direction.ASC).sparse().named("customerId")),
                registrations.createIndex(new Index().on("stage", Sort.Direction.ASC).on("pendingUntil", Sort.Direction.ASC)
                        .named("stage_pendingUntil")),
                registrations.createIndex(new Index().on("outbox.createdAt", Sort.Direction.ASC).sparse()
                        .named("outbox_createdAt")))
                .then()
                .block(STARTUP_TIMEOUT);
    }
}
