package io.warrantycare.crm.web;

import io.warrantycare.crm.ConsentPurpose;
import io.warrantycare.crm.ConsentService;
import io.warrantycare.crm.Correlation;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The public withdrawal form. Every well-formed request gets the same 202, whether or not the address is known, so
 * the route cannot be used to find out who is a customer.
 */
@RestController
class WithdrawalController {

    private static final Logger log = LoggerFactory.getLogger(WithdrawalController.class);
    private final ConsentService consents;

    WithdrawalController(ConsentService consents) {
        this.consents = consents;
    }

    record Accepted(String status) {
    }

    @PostMapping(path = "/api/consents/withdrawals", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Accepted>> withdraw(@RequestBody WithdrawalRequest request,
            @RequestHeader(name = PartnerSubject.HEADER, required = false) String subject, ServerWebExchange exchange) {
        List<ApiProblem.FieldProblem> problems = request.problems();
        if (!problems.isEmpty()) {
            return Mono.error(ApiProblem.validationFailed(problems));
        }
        String correlationId = CorrelationIdWebFilter.of(exchange);
        ConsentPurpose purpose = ConsentPurpose.parse(request.purpose()).orElseThrow();
        return consents.withdraw(request.email(), purpose, PartnerSubject.orDataSubject(subject), correlationId)
                .doOnNext(outcome -> Correlation.run(correlationId, () -> log.info("Withdrawal of {}: {}", purpose, outcome)))
                .thenReturn(ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted("ACCEPTED")));
    }
}
