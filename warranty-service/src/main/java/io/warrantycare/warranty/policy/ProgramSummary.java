package io.warrantycare.warranty.policy;

import java.time.LocalDate;
import java.util.List;

/** A program as published by {@code GET /api/policies}: brand, program name, versions with effective dates. */
public record ProgramSummary(String policyId, String brand, String program, List<Version> versions) {

    public record Version(int version, LocalDate effectiveFrom, String summary) {
    }
}
