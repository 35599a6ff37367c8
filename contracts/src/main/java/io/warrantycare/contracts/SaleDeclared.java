package io.warrantycare.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A boutique or retailer declared a sale (CC-17); the watch becomes registrable. Card version 1 is issued with it.
 * {@code baseWarrantyEnd} is null when no warranty starts (SK-1); {@code extensionDeadline} is null when the program
 * offers no extension for this product.
 */
public record SaleDeclared(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String ni,
        String brand,
        String reference,
        String collection,
        String category,
        LocalDate purchaseDate,
        String dealerId,
        String dealerCountry,
        int cardVersion,
        LocalDate baseWarrantyEnd,
        boolean extensionEligible,
        LocalDate extensionDeadline,
        int extensionYears) implements DomainEvent {

    @Override
    public String partitionKey() {
        return ni;
    }
}
