package io.warrantycare.warranty;

import io.warrantycare.contracts.IndividualNumbers;
import io.warrantycare.contracts.SaleDeclared;
import io.warrantycare.contracts.SaleVoided;
import io.warrantycare.warranty.policy.UnknownBrandException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sale declarations (CC-17) and voids. One live sale per NI: the first declaration inserts the document, a repeat
 * finds it; a voided NI is declared again by a revision-guarded update that keeps the old sale in the history.
 */
@Service
public class SaleDeclarations {

    private static final Logger log = LoggerFactory.getLogger(SaleDeclarations.class);
    static final Set<String> VOID_REASONS = Set.of("RETURN", "EXCHANGE");

    private final ProductInputs inputs;
    private final ProductStore store;
    private final OutboxEntries outbox;
    private final EventPublisher publisher;
    private final Clock clock;
    private final WarrantySettings settings;

    SaleDeclarations(ProductInputs inputs, ProductStore store, OutboxEntries outbox, EventPublisher publisher,
            Clock clock, WarrantySettings settings) {
        this.inputs = inputs;
        this.store = store;
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
        this.settings = settings;
    }

    public enum Outcome { CREATED, UNCHANGED }

    /** The stored declaration and the warranty as of today. */
    public record Declared(Outcome outcome, String ni, String brand, LocalDate purchaseDate, WarrantyView warranty) {
    }

    /** One line of a batch answer (API.md). */
    public record BatchResult(String ni, String status, List<FieldProblem> errors) {
    }

    public Mono<Declared> declare(SaleDeclarationRequest request, Sale.DeclaredBy declaredBy, String correlationId) {
        return Mono.fromCallable(() -> inputs.declaration(request))
                .flatMap(checked -> store(checked, declaredBy, correlationId));
    }

    /**
     * Each record on its own: one bad record never rejects the others; results keep the order of the records.
     * A null element stands for a record that could not be read as a declaration object.
     */
    public Flux<BatchResult> declareAll(List<SaleDeclarationRequest> records, Sale.DeclaredBy declaredBy,
            String correlationId) {
        return Flux.range(0, records.size()).flatMapSequential(index -> {
            SaleDeclarationRequest request = records.get(index);
            if (request == null) {
                return Mono.just(new BatchResult(null, "INVALID",
                        List.of(new FieldProblem("", "MALFORMED_RECORD", "is not a sale declaration object"))));
            }
            return declare(request, declaredBy, correlationId)
                    .map(declared -> new BatchResult(declared.ni(), declared.outcome().name(), List.of()))
                    .onErrorResume(failure -> Mono.just(batchFailure(request, failure)));
        }, Math.max(1, settings.sales().batchConcurrency()));
    }

    private BatchResult batchFailure(SaleDeclarationRequest request, Throwable failure) {
        String ni = IndividualNumbers.canonical(request.ni()).orElse(request.ni());
        if (failure instanceof InvalidRequestException invalid) {
            return new BatchResult(ni, "INVALID", invalid.problems());
        }
        if (failure instanceof UnknownBrandException) {
            return new BatchResult(ni, "INVALID",
                    List.of(new FieldProblem("brand", "UNKNOWN_BRAND", "no program for this brand")));
        }
        if (failure instanceof ConflictException conflict) {
            return new BatchResult(ni, "CONFLICT",
                    List.of(new FieldProblem("ni", conflict.code(), conflict.getMessage())));
        }
        log.warn("Batch record {} failed", ni, failure);
        return new BatchResult(ni, "INVALID",
                List.of(new FieldProblem("", "NOT_STORED", "the record could not be stored")));
    }

    private Mono<Declared> store(ProductInputs.CheckedSale checked, Sale.DeclaredBy declaredBy, String correlationId) {
        Declaration declaration = checked.declaration();
        String ni = declaration.ni();
        return Mono.defer(() -> store.find(ni)
                        .flatMap(existing -> declareExisting(existing, checked, declaredBy, correlationId))
                        .switchIfEmpty(Mono.defer(() -> declareNew(checked, declaredBy, correlationId))))
                .retryWhen(Contention.retry());
    }

    private Mono<Declared> declareNew(ProductInputs.CheckedSale checked, Sale.DeclaredBy declaredBy, String correlationId) {
        Instant now = clock.instant();
        Sale sale = newSale(checked, declaredBy, now);
        Card card = new Card(1, now, List.of());
        OutboxEntry event = saleDeclared(sale, card.version(), correlationId);
        ProductDocument product = new ProductDocument(sale.declaration().ni(), 1, sale, null, List.of(), List.of(),
                List.of(), card, List.of(event));
        return store.insert(product).flatMap(inserted -> inserted
                ? Mono.just(written(Outcome.CREATED, product.ni(), sale, null, List.of(event)))
                : Mono.error(new Contention()));
    }

    private Mono<Declared> declareExisting(ProductDocument existing, ProductInputs.CheckedSale checked,
            Sale.DeclaredBy declaredBy, String correlationId) {
        if (existing.hasLiveSale()) {
            if (existing.sale().declaration().equals(checked.declaration())) {
                return Mono.just(new Declared(Outcome.UNCHANGED, existing.ni(), existing.sale().declaration().brand(),
                        existing.sale().declaration().purchaseDate(),
                        WarrantyView.of(existing.ni(), existing.sale(), existing.extension(), today())));
            }
            return Mono.error(new ConflictException("NI_ALREADY_DECLARED",
                    "A different sale is already declared for NI " + existing.ni()));
        }
        Instant now = clock.instant();
        Sale sale = newSale(checked, declaredBy, now);
        // A new sale gets a new card version so that the tokens of the previous owner's card stop working (CC-15).
        int cardVersion = existing.cardVersion() + 1;
        OutboxEntry event = saleDeclared(sale, cardVersion, correlationId);
        Update update = new Update()
                .set("sale", sale)
                .set("extension", null)
                .set("owners", List.of())
                .set("card", new Card(cardVersion, now, existing.card() == null ? List.of() : existing.card().reprints()))
                .push("outbox", event);
        return store.update(ProductStore.atRevision(existing), update).flatMap(updated -> updated
                ? Mono.just(written(Outcome.CREATED, existing.ni(), sale, null, List.of(event)))
                : Mono.error(new Contention()));
    }

    private Declared written(Outcome outcome, String ni, Sale sale, Extension extension, List<OutboxEntry> events) {
        publisher.publishWritten(ni, events);
        return new Declared(outcome, ni, sale.declaration().brand(), sale.declaration().purchaseDate(),
                WarrantyView.of(ni, sale, extension, today()));
    }

    private Sale newSale(ProductInputs.CheckedSale checked, Sale.DeclaredBy declaredBy, Instant now) {
        return new Sale(UUID.randomUUID().toString(), checked.declaration(), SaleTerms.of(checked.evaluation()), now,
                declaredBy);
    }

    private OutboxEntry saleDeclared(Sale sale, int cardVersion, String correlationId) {
        Declaration d = sale.declaration();
        SaleTerms terms = sale.terms();
        return outbox.of(new SaleDeclared(OutboxEntries.newEventId(), clock.instant(), correlationId, d.ni(),
                d.brand(), d.reference(), d.collection(), d.category(), d.purchaseDate(),
                d.dealer() == null ? null : d.dealer().id(), d.dealer() == null ? null : d.dealer().country(),
                cardVersion, terms.baseWarrantyEnd(), terms.extensionEligible(),
                terms.extensionEligible() ? terms.extensionDeadline() : null,
                terms.extensionYears()));
    }

    /** Voids the live sale and any extension it carried; both stay in the history and the NI may be declared again. */
    public Mono<VoidedSale> voidSale(String printedNi, String reason, String voidedBy, String correlationId) {
        String ni = IndividualNumbers.canonical(printedNi).orElse(null);
        if (ni == null) {
            return Mono.error(new UnknownProductException(printedNi));
        }
        if (FieldChecks.blank(reason) || !VOID_REASONS.contains(reason.trim().toUpperCase(Locale.ROOT))) {
            return Mono.error(new InvalidRequestException(new FieldProblem("reason",
                    FieldChecks.blank(reason) ? "REQUIRED" : "INVALID_VALUE", "must be one of EXCHANGE, RETURN")));
        }
        String code = reason.trim().toUpperCase(Locale.ROOT);
        return Mono.defer(() -> store.find(ni)
                        .switchIfEmpty(Mono.error(() -> new UnknownProductException(ni)))
                        .flatMap(product -> voidLive(product, code, voidedBy, correlationId)))
                .retryWhen(Contention.retry());
    }

    private Mono<VoidedSale> voidLive(ProductDocument product, String reason, String voidedBy, String correlationId) {
        if (!product.hasLiveSale()) {
            return Mono.error(product.wasEverSold()
                    ? new ConflictException("SALE_ALREADY_VOIDED", "The sale of NI " + product.ni() + " is already voided")
                    : new UnknownProductException(product.ni()));
        }
        Instant now = clock.instant();
        VoidedSale voided = new VoidedSale(product.sale(), product.extension(), product.owners(), reason, now, voidedBy);
        OutboxEntry event = outbox.of(new SaleVoided(OutboxEntries.newEventId(), now, correlationId, product.ni(), reason));
        Update update = new Update()
                .set("sale", null)
                .set("extension", null)
                .set("owners", List.of())
                .push("voidedSales", voided)
                .push("outbox", event);
        return store.update(ProductStore.atRevision(product), update).flatMap(updated -> {
            if (!updated) {
                return Mono.error(new Contention());
            }
            publisher.publishWritten(product.ni(), List.of(event));
            return Mono.just(voided);
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
