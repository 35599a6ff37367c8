package io.warrantycare.crm;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The customer documents and their atomic updates. Uniqueness of the e-mail key is the database's job (unique index);
 * every state change is a single conditional findAndModify on {@code _id} and {@code revision}, so two writers never
 * both win and a redelivered event never applies twice.
 */
@Component
class CustomerStore implements InitializingBean {

    static final String DECISIONS = "enrollmentDecisions";
    private static final Duration INDEX_TIMEOUT = Duration.ofSeconds(30);
    private final ReactiveMongoTemplate mongo;

    CustomerStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(Customer.class)
                .createIndex(new Index().on(Customer.EMAIL_KEY, Sort.Direction.ASC).unique().named("emailKey_unique"))
                .block(INDEX_TIMEOUT);
    }

    Mono<Customer> byId(String id) {
        return mongo.findById(id, Customer.class);
    }

    Mono<Customer> byEmailKey(String emailKey) {
        return mongo.findOne(query(where(Customer.EMAIL_KEY).is(emailKey)), Customer.class);
    }

    /**
     * Whether any customer, erased ones included, already holds a decision for this registration. A lookup by
     * {@code _id} in a marker collection rather than a query on the customers' decided ids, which only a real MongoDB
     * would serve from an index: the embedded store would scan every customer for every registration.
     */
    Mono<Boolean> hasDecided(String registrationId) {
        return mongo.exists(query(where("_id").is(registrationId)), DECISIONS);
    }

    /**
     * Marks the registration decided once its decision is in the customer document. A crash in between is harmless:
     * the customer document's own decided ids still stop a redelivery, and the marker is written then.
     */
    Mono<Void> markDecided(String registrationId, String customerId, Instant at) {
        Document marker = new Document("_id", registrationId).append("customerId", customerId).append("at", Date.from(at));
        return mongo.insert(marker, DECISIONS)
                .onErrorResume(DuplicateKeyException.class, alreadyMarked -> Mono.empty())
                .then();
    }

    /**
     * The customer of this e-mail key, created on first sight. Concurrent first registrations of one address meet at
     * the unique index: the loser of the upsert race reads the winner's document.
     */
    Mono<Customer> ensure(String emailKey, Instant now) {
        Query byKey = query(where(Customer.EMAIL_KEY).is(emailKey));
        Update create = new Update()
                .setOnInsert("_id", UUID.randomUUID().toString())
                .setOnInsert(Customer.CREATED_AT, now)
                .setOnInsert(Customer.REVISION, 0L);
        return mongo.findAndModify(byKey, create, FindAndModifyOptions.options().upsert(true).returnNew(true), Customer.class)
                .onErrorResume(DuplicateKeyException.class, lostRace -> mongo.findOne(byKey, Customer.class));
    }

    /**
     * Applies the update when the document is still at the revision the caller read (and matches {@code guard}, if
     * any); empty when someone else changed it first.
     */
    Mono<Customer> update(Customer read, Criteria guard, Update update) {
        Criteria criteria = where("_id").is(read.id()).and(Customer.REVISION).is(read.revision());
        Query query = guard == null ? query(criteria) : query(new Criteria().andOperator(criteria, guard));
        return mongo.findAndModify(query, update.inc(Customer.REVISION, 1), FindAndModifyOptions.options().returnNew(true),
                Customer.class);
    }
}
