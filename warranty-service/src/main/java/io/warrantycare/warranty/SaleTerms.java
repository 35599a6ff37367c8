package io.warrantycare.warranty;

import io.warrantycare.warranty.policy.Evaluation;
import java.time.LocalDate;
import java.util.List;

/**
 * What the policy granted when the sale was declared (no registration date yet): kept with the sale so that the
 * warranty view, the SaleDeclared event and later readers agree on the same decision.
 */
public record SaleTerms(
        String program,
        String policyId,
        int policyVersion,
        LocalDate warrantyStart,
        LocalDate baseWarrantyEnd,
        boolean extensionEligible,
        LocalDate extensionDeadline,
        int extensionYears,
        String extensionReason,
        String notCoveredReason,
        List<String> rules) {

    static SaleTerms of(Evaluation evaluation) {
        var extension = evaluation.extension();
        return new SaleTerms(evaluation.program(), evaluation.policyId(), evaluation.policyVersion(),
                evaluation.warrantyStart(), evaluation.baseWarrantyEnd(),
                extension != null && extension.eligible(),
                extension == null ? null : extension.deadline(),
                extension == null ? 0 : extension.years(),
                extension == null ? null : extension.reason(),
                evaluation.notCoveredReason(),
                evaluation.rules() == null ? List.of() : List.copyOf(evaluation.rules()));
    }
}
