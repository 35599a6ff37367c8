package io.warrantycare.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

/**
 * Customer ids that were erased ({@code erasedCustomers}, {@code _id} = customer id, no personal data): the consent
 * topic and the registration topic are not ordered with each other, so an outcome that arrives after the erasure must
 * not be mailed either.
 */
final class ErasedCustomers {

    static final String COLLECTION = "erasedCustomers";

    private final ReactiveMongoTemplate mongo;

    ErasedCustomers(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Void> remember(String customerId, String eventId, Instant now) {
        return mongo.upsert(query(where("_id").is(customerId)),
                        new Update().setOnInsert("erasedAt", now).setOnInsert("eventId", eventId), COLLECTION)
                .then();
    }

    Mono<Boolean> contains(String customerId) {
        if (customerId == null) {
            return Mono.just(false);
        }
        return mongo.exists(query(where("_id").is(customerId)), COLLECTION);
    }
}
