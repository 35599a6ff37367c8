package io.warrantycare.warranty;

import io.warrantycare.warranty.policy.ProductFacts;
import java.time.LocalDate;

/**
 * A sale declaration as validated and normalised (codes upper case, NI canonical). Two declarations of the same NI
 * are "the same" when these records are equal: an identical repeat answers 200, any difference 409.
 */
public record Declaration(
        String ni,
        String brand,
        String reference,
        String collection,
        String category,
        String line,
        String channel,
        LocalDate purchaseDate,
        Dealer dealer,
        String movement,
        String caliber,
        String caseNumber,
        String cardCaliber,
        String cardCaseNumber,
        LocalDate productionDate,
        LocalDate invoiceDate) {

    public record Dealer(String id, String name, String country) {
    }

    public ProductFacts facts() {
        return new ProductFacts(brand, category, line, channel,
                dealer == null ? null : dealer.id(),
                dealer == null ? null : dealer.name(),
                dealer == null ? null : dealer.country(),
                movement, caliber, caseNumber, cardCaliber, cardCaseNumber, purchaseDate, invoiceDate, productionDate);
    }
}
