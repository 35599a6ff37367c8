package io.warrantycare.warranty.policy;

import java.time.LocalDate;

/**
 * What the engine needs to know about a sold product. Brand-specific fields are null when not given.
 * {@code country} is the country of purchase (the dealer's); {@code movement} e.g. MECHANICAL, QUARTZ, CO_AXIAL;
 * {@code cardCaliber} / {@code cardCaseNumber} are the numbers printed on the warranty card (SK-2).
 */
public record ProductFacts(
        String brand,
        String category,
        String line,
        String channel,
        String dealerId,
        String dealerName,
        String country,
        String movement,
        String caliber,
        String caseNumber,
        String cardCaliber,
        String cardCaseNumber,
        LocalDate purchaseDate,
        LocalDate invoiceDate,
        LocalDate productionDate) {
}
