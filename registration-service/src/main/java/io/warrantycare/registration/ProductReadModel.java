package io.warrantycare.registration;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.warrantycare.contracts.CardReprinted;
import io.warrantycare.contracts.OwnershipRecorded;
import io.warrantycare.contracts.SaleDeclared;
import io.warrantycare.contracts.SaleVoided;
import io.warrantycare.contracts.WarrantyExtended;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The declared products, one document per NI. Every change is a single conditional update that also records the
 * event id, so a redelivered event matches nothing and changes nothing.
 */
@Component
class ProductReadModel {

    static final int REMEMBERED_EVENTS = 50;

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    ProductReadModel(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Mono<Product> find(String ni) {
        return mongo.findById(ni, Product.class);
    }

    /**
     * A declaration, first or after a void: the watch becomes registrable and any earlier sale's extension is gone.
     * When the event was applied already the upsert finds no document to update and collides on the NI: nothing to do.
     */
    Mono<Void> apply(SaleDeclared sale) {
        Update update = new Update()
                .set("brand", sale.brand())
                .set("reference", sale.reference())
                .set("collection", sale.collection())
                .set("category", sale.category())
                .set("purchaseDate", sale.purchaseDate())
                .set("cardVersion", sale.cardVersion())
                .set("baseWarrantyEnd", sale.baseWarrantyEnd())
                .set("extensionEligible", sale.extensionEligible())
                .set("extensionDeadline", sale.extensionDeadline())
                .set("extensionYears", sale.extensionYears())
                .set("voided", false)
                .unset("extensionActivatedAt")
                .unset("extendedCoverageEnd")
                .set("updatedAt", clock.instant());
        remember(update, sale.eventId());
        return mongo.upsert(notYetApplied(sale.ni(), sale.eventId()), update, Product.class)
                .onErrorResume(DuplicateKeyException.class, alreadyApplied -> Mono.empty())
                .then();
    }

    Mono<Void> apply(SaleVoided voided) {
        Update update = new Update()
                .set("voided", true)
                .unset("extensionActivatedAt")
                .unset("extendedCoverageEnd")
                .set("updatedAt", clock.instant());
        remember(update, voided.eventId());
        return mongo.updateFirst(notYetApplied(voided.ni(), voided.eventId()), update, Product.class).then();
    }

    /** Card versions only grow (CC-15), so the comparison alone makes a redelivery harmless. */
    Mono<Void> apply(CardReprinted reprint) {
        return mongo.updateFirst(query(where("_id").is(reprint.ni()).and("cardVersion").lt(reprint.cardVersion())),
                new Update().set("cardVersion", reprint.cardVersion()).set("updatedAt", clock.instant()),
                Product.class).then();
    }

    /** The once-only extension (CC-9) belongs to the product: later registrations see it too. */
    Mono<Void> apply(WarrantyExtended extended) {
        Update update = new Update()
                .set("extensionActivatedAt", extended.occurredAt())
                .set("extendedCoverageEnd", extended.coverageEnd())
                .set("updatedAt", clock.instant());
        remember(update, extended.eventId());
        return mongo.updateFirst(live(extended.ni(), extended.eventId()), update, Product.class).then();
    }

    Mono<Void> apply(OwnershipRecorded recorded) {
        if (recorded.coverageEnd() == null) {
            return Mono.empty();
        }
        Update update = new Update()
                .set("extendedCoverageEnd", recorded.coverageEnd())
                .set("updatedAt", clock.instant());
        remember(update, recorded.eventId());
        return mongo.updateFirst(live(recorded.ni(), recorded.eventId()), update, Product.class).then();
    }

    private static Query notYetApplied(String ni, String eventId) {
        return query(where("_id").is(ni).and("appliedEventIds").ne(eventId));
    }

    private static Query live(String ni, String eventId) {
        return query(where("_id").is(ni).and("appliedEventIds").ne(eventId).and("voided").is(false));
    }

    private static void remember(Update update, String eventId) {
        update.push("appliedEventIds").slice(-REMEMBERED_EVENTS).each(eventId);
    }
}
