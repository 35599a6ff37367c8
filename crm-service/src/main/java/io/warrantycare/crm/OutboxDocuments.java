package io.warrantycare.crm;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The collections whose documents carry an outbox, and the two operations the relay needs on any of them: finding
 * entries left behind, and removing one entry by event id once the broker acknowledged it.
 */
@Component
class OutboxDocuments {

    private static final List<Class<? extends OutboxHolder>> TYPES = List.of(Customer.class, WithdrawalConfirmation.class);
    private final ReactiveMongoTemplate mongo;

    OutboxDocuments(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Flux<OutboxHolder> withEntriesOlderThan(Instant cutoff) {
        Query stale = query(where(OutboxHolder.OUTBOX + ".createdAt").lt(cutoff));
        return Flux.fromIterable(TYPES).concatMap(type -> mongo.find(stale, type)).map(OutboxHolder.class::cast);
    }

    Mono<Void> acknowledge(OutboxHolder holder, String eventId) {
        return mongo.updateFirst(query(where("_id").is(holder.id())),
                new Update().pull(OutboxHolder.OUTBOX, new Document("eventId", eventId)), holder.getClass()).then();
    }

    String collectionOf(OutboxHolder holder) {
        return mongo.getCollectionName(holder.getClass());
    }
}
