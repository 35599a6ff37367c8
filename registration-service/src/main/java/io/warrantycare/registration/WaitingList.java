package io.warrantycare.registration;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The registrations that arrived before their sale declaration (CC-17), one document per NI, so that the SaleDeclared
 * handler finds them by id instead of scanning the registrations.
 */
@Component
class WaitingList {

    @Document("waiting_registrations")
    record Waiting(@Id String ni, List<String> registrationIds) {
    }

    private final ReactiveMongoTemplate mongo;

    WaitingList(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Two first registrations of one NI may race to create the document: the loser retries and updates it. */
    Mono<Void> add(String ni, String registrationId) {
        return mongo.upsert(query(where("_id").is(ni)), new Update().addToSet("registrationIds", registrationId), Waiting.class)
                .retryWhen(Retry.max(2).filter(DuplicateKeyException.class::isInstance))
                .then();
    }

    Mono<List<String>> of(String ni) {
        return mongo.findById(ni, Waiting.class)
                .map(waiting -> waiting.registrationIds() == null ? List.<String>of() : waiting.registrationIds())
                .defaultIfEmpty(List.of());
    }

    Mono<Void> remove(String ni, Collection<String> registrationIds) {
        return mongo.updateFirst(query(where("_id").is(ni)),
                        new Update().pullAll("registrationIds", registrationIds.toArray()), Waiting.class)
                .then(mongo.remove(query(where("_id").is(ni).and("registrationIds").size(0)), Waiting.class))
                .then();
    }
}
