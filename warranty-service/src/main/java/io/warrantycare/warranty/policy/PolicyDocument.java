package io.warrantycare.warranty.policy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * One {@code policies/*.json} document as written: a brand program with its versions, each a list of rule entries.
 * Every field is optional here so that {@link PolicyCompiler} can name the document and rule when one is missing.
 */
record PolicyDocument(
        String policyId,
        String brand,
        Boolean industryDefault,
        String program,
        List<String> categories,
        List<String> sources,
        String reading,
        List<Version> versions) {

    record Version(Integer version, LocalDate effectiveFrom, String summary, String reading, List<RuleEntry> rules) {
    }

    /** Facts a rule applies to: every listed field must match one of its values (case-insensitive). */
    record When(
            List<String> category,
            List<String> line,
            List<String> channel,
            List<String> dealerId,
            List<String> country,
            List<String> movement) {
    }

    /** A start-date source: {@code PURCHASE_DATE}, {@code INVOICE_DATE} or {@code PRODUCTION_DATE}, plus an ISO period. */
    record StartSource(String date, String plus) {
    }

    /** The rule kinds. Each entry names the rule id of domain-rules.md it implements and, where a source is vague, its reading. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = StartDate.class, name = "START_DATE"),
            @JsonSubTypes.Type(value = CardRequired.class, name = "CARD_REQUIRED"),
            @JsonSubTypes.Type(value = CardMatch.class, name = "CARD_MATCH"),
            @JsonSubTypes.Type(value = CaliberClass.class, name = "CALIBER_CLASS"),
            @JsonSubTypes.Type(value = BaseTerm.class, name = "BASE_TERM"),
            @JsonSubTypes.Type(value = StatutoryWindows.class, name = "STATUTORY_WINDOWS"),
            @JsonSubTypes.Type(value = ExtensionEligibility.class, name = "EXTENSION_ELIGIBILITY"),
            @JsonSubTypes.Type(value = RegistrationExtension.class, name = "REGISTRATION_EXTENSION"),
            @JsonSubTypes.Type(value = RegistrationOpens.class, name = "REGISTRATION_OPENS"),
            @JsonSubTypes.Type(value = RegistrationCloses.class, name = "REGISTRATION_CLOSES"),
            @JsonSubTypes.Type(value = Activation.class, name = "ACTIVATION"),
            @JsonSubTypes.Type(value = CoverageExclusion.class, name = "COVERAGE_EXCLUSION"),
            @JsonSubTypes.Type(value = RepairWarranty.class, name = "REPAIR_WARRANTY")
    })
    sealed interface RuleEntry {

        String rule();

        String reading();
    }

    record StartDate(String rule, List<StartSource> sources, String missingReason, String reading) implements RuleEntry {
    }

    record CardRequired(String rule, List<String> fields, String reason, String reading) implements RuleEntry {
    }

    record CardMatch(String rule, List<String> fields, String reason, String reading) implements RuleEntry {
    }

    record CaliberClass(String rule, List<String> mechanical, String otherwise, String reading) implements RuleEntry {
    }

    record BaseTerm(String rule, Integer years, When when, String reading) implements RuleEntry {
    }

    record StatutoryWindows(String rule, String returnWithin, String exchangeWithin, String reading) implements RuleEntry {
    }

    record ExtensionEligibility(String rule, String effect, When when, String reason, String reading) implements RuleEntry {
    }

    record RegistrationExtension(String rule, Integer years, When when, String reading) implements RuleEntry {
    }

    record RegistrationOpens(String rule, LocalDate date, String reason, String transitionRule, String reading)
            implements RuleEntry {
    }

    record RegistrationCloses(String rule, String relativeTo, String plus, String reason, String reading)
            implements RuleEntry {
    }

    record Activation(String rule, List<String> owners, Boolean oncePerProduct, String reading) implements RuleEntry {
    }

    record CoverageExclusion(String rule, List<String> interventions, String reason, String reading) implements RuleEntry {
    }

    record RepairWarranty(String rule, Boolean sameFault, List<String> interventions, String within, String reason,
            String reading) implements RuleEntry {
    }
}
