package io.warrantycare.warranty.web;

import io.warrantycare.warranty.FieldProblem;
import io.warrantycare.warranty.InvalidRequestException;
import io.warrantycare.warranty.Sale;
import io.warrantycare.warranty.SaleDeclarationRequest;
import io.warrantycare.warranty.SaleDeclarations;
import io.warrantycare.warranty.WarrantySettings;
import io.warrantycare.warranty.WarrantyView;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sale declarations by boutiques and retailers (role SALES, checked by the gateway). */
@RestController
@RequestMapping("/api/sales")
class SaleController {

    static final String PARTNER_SUBJECT = "X-Partner-Subject";
    static final String PARTNER_DEALER_ID = "X-Partner-Dealer-Id";

    private final SaleDeclarations declarations;
    private final JsonMapper json;
    private final int batchMaxRecords;

    SaleController(SaleDeclarations declarations, JsonMapper json, WarrantySettings settings) {
        this.declarations = declarations;
        this.json = json;
        this.batchMaxRecords = settings.sales().batchMaxRecords();
    }

    record SaleResponse(String ni, String brand, LocalDate purchaseDate, WarrantyView warranty) {
    }

    record VoidRequest(String reason) {
    }

    record VoidResponse(String ni, String status, String reason, Instant voidedAt) {
    }

    @PostMapping
    Mono<ResponseEntity<SaleResponse>> declare(@RequestBody SaleDeclarationRequest request,
            @RequestHeader(name = PARTNER_SUBJECT, required = false) String subject,
            @RequestHeader(name = PARTNER_DEALER_ID, required = false) String dealerId,
            @RequestAttribute(CorrelationIdFilter.ATTRIBUTE) String correlationId) {
        return declarations.declare(request, declaredBy(subject, dealerId), correlationId)
                .map(declared -> {
                    SaleResponse body = new SaleResponse(declared.ni(), declared.brand(), declared.purchaseDate(),
                            declared.warranty());
                    return declared.outcome() == SaleDeclarations.Outcome.CREATED
                            ? ResponseEntity.created(URI.create("/api/warranties/" + declared.ni())).body(body)
                            : ResponseEntity.ok(body);
                });
    }

    @PostMapping("/batch")
    Mono<List<SaleDeclarations.BatchResult>> declareBatch(@RequestBody JsonNode records,
            @RequestHeader(name = PARTNER_SUBJECT, required = false) String subject,
            @RequestHeader(name = PARTNER_DEALER_ID, required = false) String dealerId,
            @RequestAttribute(CorrelationIdFilter.ATTRIBUTE) String correlationId) {
        if (!records.isArray()) {
            return Mono.error(new InvalidRequestException(
                    new FieldProblem("", "NOT_AN_ARRAY", "must be a JSON array of sale declarations")));
        }
        if (records.size() > batchMaxRecords) {
            return Mono.error(new BatchTooLargeException(batchMaxRecords));
        }
        List<SaleDeclarationRequest> requests = new ArrayList<>(records.size());
        for (JsonNode record : records) {
            requests.add(read(record));
        }
        return declarations.declareAll(requests, declaredBy(subject, dealerId), correlationId).collectList();
    }

    @PostMapping("/{ni}/void")
    Mono<VoidResponse> voidSale(@PathVariable String ni, @RequestBody VoidRequest request,
            @RequestHeader(name = PARTNER_SUBJECT, required = false) String subject,
            @RequestAttribute(CorrelationIdFilter.ATTRIBUTE) String correlationId) {
        return declarations.voidSale(ni, request.reason(), subject, correlationId)
                .map(voided -> new VoidResponse(voided.sale().declaration().ni(), "VOIDED", voided.reason(),
                        voided.voidedAt()));
    }

    private SaleDeclarationRequest read(JsonNode record) {
        if (record == null || !record.isObject()) {
            return null;
        }
        try {
            return json.treeToValue(record, SaleDeclarationRequest.class);
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    private static Sale.DeclaredBy declaredBy(String subject, String dealerId) {
        return subject == null && dealerId == null ? null : new Sale.DeclaredBy(subject, dealerId);
    }
}
