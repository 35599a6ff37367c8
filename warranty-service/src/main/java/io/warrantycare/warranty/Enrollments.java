package io.warrantycare.warranty;

import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EnrollmentApproved;
import io.warrantycare.contracts.ExtensionRejected;
import io.warrantycare.contracts.IndividualNumbers;
import io.warrantycare.contracts.OwnershipRecorded;
import io.warrantycare.contracts.WarrantyExtended;
import io.warrantycare.warranty.policy.Evaluation;
import io.warrantycare.warranty.policy.ExtensionTerms;
import io.warrantycare.warranty.policy.PolicyEngine;
import io.warrantycare.warranty.policy.ProductFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Applies an approved enrollment to the product: the once-only extension (CC-3, CC-4, CC-9), or the new owner of an
 * already extended watch, or the policy's refusal. Every outcome is one conditional update that also records the
 * registration id as processed and stores the outcome event in the outbox, so a redelivered enrollment finds its id
 * and changes nothing.
 */
@Service
public class Enrollments {

    private static final Logger log = LoggerFactory.getLogger(Enrollments.class);

    private final ProductStore store;
    private final PolicyEngine engine;
    private final OutboxEntries outbox;
    private final EventPublisher publisher;
    private final Clock clock;

    Enrollments(ProductStore store, PolicyEngine engine, OutboxEntries outbox, EventPublisher publisher, Clock clock) {
        this.store = store;
        this.engine = engine;
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The outcome this call wrote, or NONE when the registration had already been processed. */
    public enum Outcome { EXTENDED, OWNERSHIP_RECORDED, REJECTED, NONE }

    public Mono<Outcome> apply(EnrollmentApproved approved) {
        if (FieldChecks.blank(approved.registrationId()) || FieldChecks.blank(approved.ni())) {
            return Mono.error(new IllegalArgumentException("EnrollmentApproved without registrationId or NI"));
        }
        String ni = IndividualNumbers.canonical(approved.ni())
                .orElseThrow(() -> new IllegalArgumentException("EnrollmentApproved with a malformed NI"));
        LocalDate registeredOn = approved.registeredOn() != null ? approved.registeredOn() : LocalDate.now(clock);
        return Mono.defer(() -> store.find(ni)
                        .flatMap(product -> decide(product, approved, registeredOn))
                        .switchIfEmpty(Mono.defer(() -> rejectUnknown(ni, approved))))
                .retryWhen(Contention.retry())
                .doOnNext(outcome -> {
                    try (var ignored = MDC.putCloseable("correlationId", String.valueOf(approved.correlationId()))) {
                        log.info("Enrollment {} for NI {}: {}", approved.registrationId(), ni, outcome);
                    }
                });
    }

    private Mono<Outcome> decide(ProductDocument product, EnrollmentApproved approved, LocalDate registeredOn) {
        String registrationId = approved.registrationId();
        if (product.processed(registrationId)) {
            return Mono.just(Outcome.NONE);
        }
        if (!product.hasLiveSale()) {
            String reason = product.wasEverSold() ? "SALE_VOIDED" : "UNKNOWN_PRODUCT";
            return write(product.ni(), registrationId, ProductStore.atRevision(product), new Update(),
                    rejected(approved, product.ni(), reason, null), Outcome.REJECTED);
        }
        Criteria sameSaleNotProcessed = ProductStore.byNi(product.ni())
                .and("sale.saleId").is(product.sale().saleId())
                .and("processedRegistrations").ne(registrationId);
        Owner owner = new Owner(approved.customerId(), registrationId, approved.ownership(), clock.instant());
        if (product.extension() != null) {
            // CC-9: the extension belongs to the watch; a later owner is recorded and coverage stays as it is.
            Criteria stillExtended = sameSaleNotProcessed
                    .and("extension.registrationId").is(product.extension().registrationId());
            return write(product.ni(), registrationId, stillExtended, new Update().push("owners", owner),
                    new OwnershipRecorded(OutboxEntries.newEventId(), clock.instant(), approved.correlationId(),
                            registrationId, product.ni(), approved.customerId(), product.extension().extendedEnd()),
                    Outcome.OWNERSHIP_RECORDED);
        }
        ProductFacts facts = product.sale().declaration().facts();
        Evaluation evaluation = engine.evaluate(facts, registeredOn);
        ExtensionTerms terms = evaluation.extension();
        Criteria notExtendedYet = sameSaleNotProcessed.and("extension").is(null);
        if (terms == null || !terms.eligible() || terms.extendedEnd() == null) {
            String reason = terms == null || terms.reason() == null ? "NOT_ELIGIBLE_PRODUCT" : terms.reason();
            return write(product.ni(), registrationId, notExtendedYet, new Update(),
                    rejected(approved, product.ni(), reason, product.sale().terms().baseWarrantyEnd()), Outcome.REJECTED);
        }
        Instant now = clock.instant();
        Extension extension = new Extension(now, terms.extendedEnd(), terms.years(), registrationId,
                approved.customerId(), new DecisionRecord(evaluation.policyId(), evaluation.policyVersion(),
                        List.copyOf(evaluation.rules()), facts, registeredOn, now));
        Update activation = new Update().set("extension", extension).push("owners", owner);
        return write(product.ni(), registrationId, notExtendedYet, activation,
                new WarrantyExtended(OutboxEntries.newEventId(), now, approved.correlationId(), registrationId,
                        product.ni(), approved.customerId(), terms.extendedEnd(), evaluation.policyId(),
                        evaluation.policyVersion(), List.copyOf(evaluation.rules())),
                Outcome.EXTENDED);
    }

    /** No document yet: a stub holds the processed id and the refusal, so a redelivery is recognised. */
    private Mono<Outcome> rejectUnknown(String ni, EnrollmentApproved approved) {
        OutboxEntry event = outbox.of(rejected(approved, ni, "UNKNOWN_PRODUCT", null));
        ProductDocument stub = new ProductDocument(ni, 1, null, null, List.of(), List.of(),
                List.of(approved.registrationId()), null, List.of(event));
        return store.insert(stub).flatMap(inserted -> {
            if (!inserted) {
                return Mono.error(new Contention());
            }
            publisher.publishWritten(ni, List.of(event));
            return Mono.just(Outcome.REJECTED);
        });
    }

    private Mono<Outcome> write(String ni, String registrationId, Criteria criteria, Update update, DomainEvent event,
            Outcome outcome) {
        OutboxEntry entry = outbox.of(event);
        update.addToSet("processedRegistrations", registrationId).push("outbox", entry);
        return store.update(criteria, update).flatMap(updated -> {
            if (!updated) {
                return Mono.error(new Contention());
            }
            publisher.publishWritten(ni, List.of(entry));
            return Mono.just(outcome);
        });
    }

    private ExtensionRejected rejected(EnrollmentApproved approved, String ni, String reason, LocalDate coverageEnd) {
        return new ExtensionRejected(OutboxEntries.newEventId(), clock.instant(), approved.correlationId(),
                approved.registrationId(), ni, approved.customerId(), reason, coverageEnd);
    }
}
