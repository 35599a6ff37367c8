package io.warrantycare.warranty;

import java.time.Instant;

/** A declared sale: what the seller declared, what the policy granted at that moment, and who declared it. */
public record Sale(String saleId, Declaration declaration, SaleTerms terms, Instant declaredAt, DeclaredBy declaredBy) {

    /** The partner identity the gateway forwarded (X-Partner-Subject, X-Partner-Dealer-Id); null when absent. */
    public record DeclaredBy(String subject, String dealerId) {
    }
}
