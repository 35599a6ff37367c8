package io.warrantycare.warranty;

import java.time.Instant;
import java.time.LocalDate;

/** The once-only registration extension of the live sale (CC-3, CC-9) and the decision that granted it. */
public record Extension(
        Instant activatedAt,
        LocalDate extendedEnd,
        int years,
        String registrationId,
        String customerId,
        DecisionRecord decision) {
}
