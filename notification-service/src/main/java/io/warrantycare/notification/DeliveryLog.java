package io.warrantycare.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code deliveries} collection. Every change is a single-document atomic update keyed by {@code _id} (or a
 * multi-update by customer for erasure), so it runs the same on MongoDB and on mongo-java-server.
 */
final class DeliveryLog {

    private static final List<String> OPEN = List.of(DeliveryStatus.PENDING.name(), DeliveryStatus.RETRYING.name());

    private final ReactiveMongoTemplate mongo;

    DeliveryLog(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Fails with {@code DuplicateKeyException} when the entry exists: the message was already handled. */
    Mono<Delivery> insert(Delivery delivery) {
        return mongo.insert(delivery);
    }

    /** Takes the most overdue open entry and leases it until {@code leaseUntil}, so that no other sweep sends it too. */
    Mono<Delivery> claimDue(Instant now, Instant leaseUntil) {
        return mongo.findAndModify(
                query(where("status").in(OPEN).and("nextAttemptAt").lte(now)).with(Sort.by("nextAttemptAt")),
                new Update().set("nextAttemptAt", leaseUntil),
                FindAndModifyOptions.options().returnNew(true),
                Delivery.class);
    }

    Mono<Void> sent(Delivery entry, int attempts, Instant now) {
        return close(entry, new Update()
                .set("status", DeliveryStatus.SENT.name())
                .set("attempts", attempts)
                .set("sentAt", now)
                .set("updatedAt", now)
                .unset("lastError")
                .unset("nextAttemptAt"));
    }

    Mono<Void> retrying(Delivery entry, int attempts, String error, Instant nextAttemptAt, Instant now) {
        return update(entry, new Update()
                .set("status", DeliveryStatus.RETRYING.name())
                .set("attempts", attempts)
                .set("lastError", error)
                .set("nextAttemptAt", nextAttemptAt)
                .set("updatedAt", now));
    }

    Mono<Void> failed(Delivery entry, int attempts, String error, Instant now) {
        return close(entry, new Update()
                .set("status", DeliveryStatus.FAILED.name())
                .set("attempts", attempts)
                .set("lastError", error)
                .set("updatedAt", now)
                .unset("nextAttemptAt"));
    }

    /** A final state; a withdrawal confirmation's address goes with it, as no erasure could find it later. */
    private Mono<Void> close(Delivery entry, Update update) {
        if (!entry.kind().registrationOutcome()) {
            update.unset("email");
        }
        return update(entry, update);
    }

    private Mono<Void> update(Delivery entry, Update update) {
        return mongo.updateFirst(query(where("_id").is(entry.id()).and("status").in(OPEN)), update, Delivery.class).then();
    }

    /** Removes the address and name from every entry of the customer; returns how many entries still held them. */
    Mono<Long> erase(String customerId, Instant now) {
        return mongo.updateMulti(
                        query(where("customerId").is(customerId).and("erasedAt").exists(false)),
                        new Update().unset("email").unset("givenName").set("erasedAt", now).set("updatedAt", now),
                        Delivery.class)
                .map(result -> result.getModifiedCount());
    }

    /** The entries of one registration, looked up by {@code _id} (one per possible outcome), oldest first. */
    Flux<Delivery> ofRegistration(String registrationId) {
        List<String> ids = Arrays.stream(MessageKind.values()).filter(MessageKind::registrationOutcome)
                .map(kind -> Delivery.idOf(registrationId, kind)).toList();
        return mongo.find(query(Criteria.where("_id").in(ids)).with(Sort.by("createdAt")), Delivery.class);
    }

    Mono<Delivery> byId(String id) {
        return mongo.findById(id, Delivery.class);
    }
}
