package io.warrantycare.warranty;

import io.warrantycare.warranty.policy.ProductFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The frozen decision: which policy version and rules decided, on which inputs, so that the activation can be
 * explained later even after the policy data changes.
 */
public record DecisionRecord(
        String policyId,
        int policyVersion,
        List<String> rules,
        ProductFacts inputs,
        LocalDate registrationDate,
        Instant decidedAt) {
}
