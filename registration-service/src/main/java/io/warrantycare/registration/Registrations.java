package io.warrantycare.registration;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.result.UpdateResult;
import java.time.Instant;
import java.time.LocalDate;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The registration documents. Each saga transition is one conditional update from the state it expects, carrying the
 * event it emits into the outbox: of two concurrent or repeated attempts exactly one matches.
 */
@Component
public class Registrations {

    static final String COLLECTION = "registrations";

    private final ReactiveMongoTemplate mongo;

    public Registrations(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<Registration> insert(Registration registration) {
        return mongo.insert(registration);
    }

    public Mono<Registration> findById(String id) {
        return mongo.findById(id, Registration.class);
    }

    Mono<Registration> findByIdempotencyKey(String key) {
        return mongo.findOne(query(where("idempotencyKey").is(key)), Registration.class);
    }

    /** AWAITING_SALE → submitted to CRM, once the declared sale arrived and the proof holds. */
    Mono<Boolean> submitAfterDeclaration(String id, String brand, OutboxEntry submitted) {
        Update update = new Update()
                .set("stage", Stage.AWAITING_ENROLLMENT.name())
                .set("proofVerified", true)
                .set("brand", brand)
                .push("outbox", submitted);
        return matched(mongo.updateFirst(awaitingSale(id), update, Registration.class));
    }

    /** AWAITING_SALE → REJECTED by registration itself (proof, void, no declaration in time). */
    Mono<Boolean> rejectBeforeSubmission(String id, String reason, String brand, boolean proofVerified,
            OutboxEntry completed, Instant now) {
        Update update = new Update()
                .set("status", RegistrationStatus.REJECTED.name())
                .set("stage", Stage.DONE.name())
                .set("reason", reason)
                .set("proofVerified", proofVerified)
                .set("completedAt", now)
                .push("outbox", completed);
        if (brand != null) {
            update.set("brand", brand);
        }
        return matched(mongo.updateFirst(awaitingSale(id), update, Registration.class));
    }

    /** CRM approved (CC-12): remember the customer id while warranty-service decides. */
    Mono<Boolean> approve(String id, String customerId) {
        return matched(mongo.updateFirst(
                query(where("_id").is(id).and("status").is(RegistrationStatus.PENDING.name())
                        .and("stage").is(Stage.AWAITING_ENROLLMENT.name())),
                new Update().set("stage", Stage.AWAITING_WARRANTY.name()).set("customerId", customerId),
                Registration.class));
    }

    /** A submitted registration reaches its final state from CRM's or warranty-service's answer. */
    Mono<Boolean> finish(String id, RegistrationStatus status, String outcome, String reason, LocalDate coverageEnd,
            String customerId, OutboxEntry completed, Instant now) {
        Update update = new Update()
                .set("status", status.name())
                .set("stage", Stage.DONE.name())
                .set("outcome", outcome)
                .set("reason", reason)
                .set("coverageEnd", coverageEnd)
                .set("completedAt", now)
                .push("outbox", completed);
        if (customerId != null) {
            update.set("customerId", customerId);
        }
        Query submitted = query(where("_id").is(id).and("status").is(RegistrationStatus.PENDING.name())
                .and("stage").in(Stage.AWAITING_ENROLLMENT.name(), Stage.AWAITING_WARRANTY.name()));
        return matched(mongo.updateFirst(submitted, update, Registration.class));
    }

    /** The broker acknowledged the event: it leaves the outbox. */
    public Mono<Void> acknowledge(String id, String eventId) {
        return mongo.updateFirst(query(where("_id").is(id)),
                new Update().pull("outbox", new Document("eventId", eventId)), COLLECTION).then();
    }

    /** Registrations holding an outbox entry older than the cutoff: left behind by a crash or a broker outage. */
    public Flux<Registration> withOutboxOlderThan(Instant cutoff, int limit) {
        return mongo.find(query(where("outbox.createdAt").lt(cutoff)).limit(limit), Registration.class);
    }

    /** Registrations still waiting for their sale declaration after their pending timeout (CC-17). */
    Flux<Registration> awaitingSaleExpiredAt(Instant now, int limit) {
        return mongo.find(query(where("status").is(RegistrationStatus.PENDING.name())
                .and("stage").is(Stage.AWAITING_SALE.name())
                .and("pendingUntil").lt(now)).with(Sort.by("pendingUntil")).limit(limit), Registration.class);
    }

    /** The customer's personal data leaves every registration of theirs; the saga facts stay. */
    Mono<Long> eraseCustomer(String customerId, Instant now) {
        return mongo.updateMulti(query(where("customerId").is(customerId).and("erasedAt").is(null)),
                new Update()
                        .unset("customer.givenName")
                        .unset("customer.familyName")
                        .unset("customer.email")
                        .unset("customer.phone")
                        .set("erasedAt", now),
                Registration.class).map(result -> result.getModifiedCount());
    }

    private static Query awaitingSale(String id) {
        return query(where("_id").is(id).and("status").is(RegistrationStatus.PENDING.name())
                .and("stage").is(Stage.AWAITING_SALE.name()));
    }

    private static Mono<Boolean> matched(Mono<UpdateResult> update) {
        return update.map(result -> result.getMatchedCount() > 0);
    }
}
