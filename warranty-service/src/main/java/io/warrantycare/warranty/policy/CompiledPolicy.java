package io.warrantycare.warranty.policy;

import java.time.LocalDate;

/** One compiled policy document: its versions ordered by effective date, the first possibly open-ended. */
final class CompiledPolicy {

    final String policyId;
    final String brand;
    final boolean industryDefault;
    final ProgramSummary summary;
    private final ValueSet categories;
    private final CompiledVersion[] versions;

    CompiledPolicy(String policyId, String brand, boolean industryDefault, ValueSet categories,
            CompiledVersion[] versions, ProgramSummary summary) {
        this.policyId = policyId;
        this.brand = brand;
        this.industryDefault = industryDefault;
        this.categories = categories;
        this.versions = versions;
        this.summary = summary;
    }

    /**
     * The version in force on the date, or null when the date precedes a dated first version. Without a date the
     * latest version applies.
     */
    CompiledVersion versionAt(LocalDate date) {
        if (date == null) {
            return versions[versions.length - 1];
        }
        for (int i = versions.length - 1; i >= 0; i--) {
            LocalDate from = versions[i].effectiveFrom;
            if (from == null || !date.isBefore(from)) {
                return versions[i];
            }
        }
        return null;
    }

    boolean opensWithDate() {
        return versions[0].effectiveFrom != null;
    }

    boolean hasCategory(String category) {
        return categories != null && categories.contains(category);
    }
}
