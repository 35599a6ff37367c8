package io.warrantycare.crm.web;

import io.warrantycare.crm.ConsentService;
import io.warrantycare.crm.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Partner routes on a customer; the gateway checks the roles (SUPPORT to read consents, PRIVACY to erase). */
@RestController
class CustomerController {

    private static final Logger log = LoggerFactory.getLogger(CustomerController.class);
    private final ConsentService consents;

    CustomerController(ConsentService consents) {
        this.consents = consents;
    }

    @GetMapping("/api/customers/{id}/consents")
    Mono<ConsentsView> consents(@PathVariable String id) {
        return consents.customer(id).map(ConsentsView::of);
    }

    @DeleteMapping("/api/customers/{id}")
    Mono<ResponseEntity<Void>> erase(@PathVariable String id,
            @RequestHeader(name = PartnerSubject.HEADER, required = false) String subject, ServerWebExchange exchange) {
        String correlationId = CorrelationIdWebFilter.of(exchange);
        String actor = PartnerSubject.orUnknown(subject);
        return consents.erase(id, actor, correlationId)
                .then(Mono.fromRunnable(() -> Correlation.run(correlationId,
                        () -> log.info("Customer {} erased by {}", id, actor))))
                .thenReturn(ResponseEntity.noContent().build());
    }
}
