package io.warrantycare.warranty.web;

import io.warrantycare.warranty.Cards;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Cards for distribution centers (role DISTRIBUTION_CENTER, checked by the gateway): the current card, reprints. */
@RestController
@RequestMapping("/api/cards")
class CardController {

    static final String PARTNER_CENTER_ID = "X-Partner-Center-Id";

    private final Cards cards;

    CardController(Cards cards) {
        this.cards = cards;
    }

    record ReprintRequest(String reason) {
    }

    @GetMapping("/{ni}")
    Mono<Cards.CardView> card(@PathVariable String ni) {
        return cards.card(ni);
    }

    @PostMapping("/{ni}/reprints")
    Mono<ResponseEntity<Cards.CardView>> reprint(@PathVariable String ni, @RequestBody ReprintRequest request,
            @RequestHeader(name = SaleController.PARTNER_SUBJECT, required = false) String subject,
            @RequestHeader(name = PARTNER_CENTER_ID, required = false) String centerId,
            @RequestAttribute(CorrelationIdFilter.ATTRIBUTE) String correlationId) {
        return cards.reprint(ni, request.reason(), subject, centerId, correlationId)
                .map(card -> ResponseEntity.created(URI.create("/api/cards/" + card.ni())).body(card));
    }
}
