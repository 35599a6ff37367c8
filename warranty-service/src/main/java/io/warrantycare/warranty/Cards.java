package io.warrantycare.warranty;

import io.warrantycare.contracts.CardReprinted;
import io.warrantycare.contracts.CardTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Warranty cards (CC-13) and their reprints at distribution centers (CC-15). The QR token signs the NI with the card
 * version, so a reprint (version + 1) revokes the tokens of every earlier card without any lookup.
 */
@Service
public class Cards {

    static final Set<String> REPRINT_REASONS = Set.of("EXCHANGE", "RETURN", "LOSS");

    private final Warranties warranties;
    private final ProductStore store;
    private final OutboxEntries outbox;
    private final EventPublisher publisher;
    private final Clock clock;
    private final CardTokens tokens;
    private final String publicBaseUrl;

    Cards(Warranties warranties, ProductStore store, OutboxEntries outbox, EventPublisher publisher, Clock clock,
            WarrantySettings settings) {
        this.warranties = warranties;
        this.store = store;
        this.outbox = outbox;
        this.publisher = publisher;
        this.clock = clock;
        this.tokens = new CardTokens(settings.cards().tokenSecret());
        String base = settings.cards().publicBaseUrl();
        this.publicBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public record CardView(String ni, String reference, String collection, int cardVersion, String qrUrl,
            Instant issuedAt) {
    }

    public Mono<CardView> card(String printedNi) {
        return warranties.liveProduct(printedNi).map(this::view);
    }

    public Mono<CardView> reprint(String printedNi, String reason, String requestedBy, String centerId,
            String correlationId) {
        if (FieldChecks.blank(reason) || !REPRINT_REASONS.contains(reason.trim().toUpperCase(Locale.ROOT))) {
            return Mono.error(new InvalidRequestException(new FieldProblem("reason",
                    FieldChecks.blank(reason) ? "REQUIRED" : "INVALID_VALUE", "must be one of EXCHANGE, LOSS, RETURN")));
        }
        String code = reason.trim().toUpperCase(Locale.ROOT);
        return Mono.defer(() -> warranties.liveProduct(printedNi)
                        .flatMap(product -> reprint(product, code, requestedBy, centerId, correlationId)))
                .retryWhen(Contention.retry());
    }

    private Mono<CardView> reprint(ProductDocument product, String reason, String requestedBy, String centerId,
            String correlationId) {
        Instant now = clock.instant();
        int version = product.cardVersion() + 1;
        List<Card.Reprint> reprints = new ArrayList<>(product.card() == null ? List.of() : product.card().reprints());
        reprints.add(new Card.Reprint(version, reason, requestedBy, centerId, now));
        Card card = new Card(version, now, reprints);
        OutboxEntry event = outbox.of(new CardReprinted(OutboxEntries.newEventId(), now, correlationId, product.ni(),
                version, reason, centerId));
        Update update = new Update().set("card", card).push("outbox", event);
        return store.update(ProductStore.atRevision(product), update).flatMap(updated -> {
            if (!updated) {
                return Mono.error(new Contention());
            }
            publisher.publishWritten(product.ni(), List.of(event));
            return Mono.just(view(product.ni(), product.sale(), card));
        });
    }

    private CardView view(ProductDocument product) {
        Card card = product.card() != null ? product.card() : new Card(1, product.sale().declaredAt(), List.of());
        return view(product.ni(), product.sale(), card);
    }

    private CardView view(String ni, Sale sale, Card card) {
        String qrUrl = publicBaseUrl + "/r/" + ni + "?t=" + tokens.issue(ni, card.version());
        return new CardView(ni, sale.declaration().reference(), sale.declaration().collection(), card.version(), qrUrl,
                card.issuedAt());
    }
}
