package io.warrantycare.warranty;

/**
 * A sale declaration as it arrives (API.md). Every value is text so that a bad date or an unknown code becomes a
 * field problem of this record instead of failing the whole body (one bad record never rejects a batch).
 */
public record SaleDeclarationRequest(
        String ni,
        String brand,
        String reference,
        String collection,
        String category,
        String line,
        String channel,
        String purchaseDate,
        DealerInput dealer,
        String movement,
        String caliber,
        String caseNumber,
        String cardCaliber,
        String cardCaseNumber,
        String productionDate,
        String invoiceDate) {

    public record DealerInput(String id, String name, String country) {
    }
}
