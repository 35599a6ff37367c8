package io.warrantycare.warranty;

/** The query parameters of {@code GET /api/policies/evaluate}, as text. */
public record PolicyQuery(
        String brand,
        String category,
        String line,
        String channel,
        String purchaseDate,
        String registrationDate,
        String dealerId,
        String dealerName,
        String country,
        String movement,
        String caliber,
        String caseNumber,
        String cardCaliber,
        String cardCaseNumber,
        String invoiceDate,
        String productionDate) {
}
