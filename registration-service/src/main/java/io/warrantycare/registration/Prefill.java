package io.warrantycare.registration;

import java.time.LocalDate;

/** What the QR landing page shows before the customer registers (CC-16); extensionEligible is as of today. */
public record Prefill(String ni, String brand, String reference, String collection, boolean extensionEligible,
        LocalDate extensionDeadline) {
}
