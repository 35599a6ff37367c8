package io.warrantycare.warranty.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * The engine's answer and its decision record: the policy id and version in force at the purchase date and the
 * rule ids that decided it. {@code baseWarrantyEnd} is null and {@code notCoveredReason} set when no warranty
 * starts (e.g. SK-1: no dealer name or purchase date).
 */
public record Evaluation(
        String brand,
        String program,
        String policyId,
        int policyVersion,
        LocalDate warrantyStart,
        LocalDate baseWarrantyEnd,
        ExtensionTerms extension,
        String notCoveredReason,
        List<String> rules) {
}
