package io.warrantycare.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What registration knows of a declared watch, built from warranty-service's product and outcome events: enough for
 * the QR pre-fill, the proof-of-possession check and the warranty view, never another service's database.
 * {@code appliedEventIds} keeps the last applied event ids so that a redelivered event changes nothing.
 */
@Document("products")
record Product(
        @Id String ni,
        String brand,
        String reference,
        String collection,
        String category,
        LocalDate purchaseDate,
        int cardVersion,
        LocalDate baseWarrantyEnd,
        boolean extensionEligible,
        LocalDate extensionDeadline,
        int extensionYears,
        boolean voided,
        Instant extensionActivatedAt,
        LocalDate extendedCoverageEnd,
        List<String> appliedEventIds,
        Instant updatedAt) {

    boolean extended() {
        return extendedCoverageEnd != null;
    }

    /** Whether a registration made today could still activate the extension (CC-4, CC-9). */
    boolean extensionOpenOn(LocalDate today) {
        return extensionEligible && !voided && !extended()
                && (extensionDeadline == null || !today.isAfter(extensionDeadline));
    }
}
