package io.warrantycare.warranty;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code products} collection. Every change is one conditional single-document write: an insert that the
 * {@code _id} makes unique, or an update whose criteria state what must still hold (never read-then-write alone).
 */
@Component
public class ProductStore {

    private final ReactiveMongoTemplate mongo;

    ProductStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<ProductDocument> find(String ni) {
        return mongo.findById(ni, ProductDocument.class);
    }

    /** True when inserted, false when a document with this NI already exists. */
    Mono<Boolean> insert(ProductDocument product) {
        return mongo.insert(product)
                .thenReturn(true)
                .onErrorResume(DuplicateKeyException.class, exists -> Mono.just(false));
    }

    /** Applies the update when the criteria still hold; true when a document matched. */
    Mono<Boolean> update(Criteria criteria, Update update) {
        return mongo.updateFirst(Query.query(criteria), update.inc("revision", 1), ProductDocument.class)
                .map(result -> result.getMatchedCount() > 0);
    }

    static Criteria byNi(String ni) {
        return Criteria.where("_id").is(ni);
    }

    static Criteria atRevision(ProductDocument product) {
        return byNi(product.ni()).and("revision").is(product.revision());
    }

    public Flux<ProductDocument> withPendingEvents() {
        return mongo.find(Query.query(Criteria.where("outbox.0").exists(true)), ProductDocument.class);
    }

    public Mono<Void> removeFromOutbox(String ni, String eventId) {
        return mongo.updateFirst(Query.query(byNi(ni)), new Update().pull("outbox", new Document("eventId", eventId)),
                ProductDocument.class).then();
    }
}
