package io.warrantycare.warranty.policy;

import java.time.LocalDate;
import java.util.List;

/** Covered or not, the reason code, the coverage end that applied, and the rule ids that decided. */
public record CoverageDecision(boolean covered, String reason, LocalDate coverageEnd, List<String> rules) {
}
