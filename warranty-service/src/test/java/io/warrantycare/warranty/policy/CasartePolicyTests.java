package io.warrantycare.warranty.policy;

import static io.warrantycare.warranty.policy.Facts.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CasartePolicyTests {

    private static final PolicyEngine ENGINE = PolicyEngine.fromClasspath();

    private static ProductFacts refrigerator(String invoice, String production, String purchase) {
        return Facts.of("CASARTE").category("REFRIGERATOR").channel("AUTHORIZED_RETAILER")
                .dealer("CSR-QINGDAO-1", "Casarte Qingdao", "CN")
                .invoiced(invoice).produced(production).purchased(purchase).build();
    }

    @ParameterizedTest(name = "{0}: invoice {1}, production {2}, purchase {3} -> {4}..{5} {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule | invoice    | production | purchase   | start      | baseEnd    | notCovered          | returnUntil | exchangeUntil | rules
            AP-1   | 2025-03-10 | 2024-12-01 | 2025-03-09 | 2025-03-10 | 2028-03-10 | -                   | 2025-03-17  | 2025-03-25    | AP-2 AP-1 AP-3
            AP-2   | 2025-03-10 | -          | -          | 2025-03-10 | 2028-03-10 | -                   | 2025-03-17  | 2025-03-25    | AP-2 AP-1 AP-3
            AP-2   | -          | 2024-11-30 | 2025-01-15 | 2025-02-28 | 2028-02-28 | -                   | 2025-01-22  | 2025-01-30    | AP-2 AP-1 AP-3
            AP-2   | -          | 2023-11-29 | -          | 2024-02-29 | 2027-02-28 | -                   | -           | -             | AP-2 AP-1
            AP-3   | 2024-02-29 | -          | -          | 2024-02-29 | 2027-02-28 | -                   | 2024-03-07  | 2024-03-15    | AP-2 AP-1 AP-3
            AP-3   | 2025-12-25 | -          | -          | 2025-12-25 | 2028-12-25 | -                   | 2026-01-01  | 2026-01-09    | AP-2 AP-1 AP-3
            AP-4   | -          | -          | 2025-01-15 | -          | -          | NO_PROOF_OF_PURCHASE | 2025-01-22 | 2025-01-30    | AP-2
            AP-4   | -          | -          | -          | -          | -          | NO_PROOF_OF_PURCHASE | -          | -             | AP-2
            """)
    void startsThreeYearsFromTheInvoiceElseProductionPlusThreeMonths(String rule, String invoice, String production,
            String purchase, String start, String baseEnd, String notCovered, String returnUntil,
            String exchangeUntil, String rules) {
        Assessment assessment = ENGINE.assess(refrigerator(invoice, production, purchase), null);
        Evaluation evaluation = assessment.evaluation();

        assertThat(evaluation.warrantyStart()).as(rule).isEqualTo(date(start));
        assertThat(evaluation.baseWarrantyEnd()).as(rule).isEqualTo(date(baseEnd));
        assertThat(evaluation.notCoveredReason()).as(rule).isEqualTo(notCovered);
        assertThat(assessment.returnUntil()).as(rule).isEqualTo(date(returnUntil));
        assertThat(assessment.exchangeUntil()).as(rule).isEqualTo(date(exchangeUntil));
        assertThat(evaluation.rules()).as(rule).containsExactly(rules.split(" "));
        assertThat(evaluation.extension().reason()).isEqualTo(ReasonCodes.NO_EXTENSION_PROGRAM);
        assertThat(evaluation.policyId()).isEqualTo("casarte");
    }

    @ParameterizedTest(name = "{0}: {1} on {2}, last repair {3} (same fault {4}) -> {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule | intervention            | date       | lastRepair | sameFault | covered | reason                      | rules
            AP-1   | REPAIR                  | 2025-03-10 | -          | -         | true    | COVERED_BY_WARRANTY         | AP-1
            AP-1   | REPAIR                  | 2028-03-10 | -          | -         | true    | COVERED_BY_WARRANTY         | AP-1
            AP-1   | REPAIR                  | 2028-03-11 | -          | -         | false   | COVERAGE_EXPIRED            | AP-1
            AP-1   | REPAIR                  | 2025-03-09 | -          | -         | false   | BEFORE_WARRANTY_START       | AP-1
            AP-4   | NO_PROOF_OF_PURCHASE    | 2026-01-01 | -          | -         | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-4   | CARD_MISMATCH           | 2026-01-01 | -          | -         | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-4   | ALTERED_CARD            | 2026-01-01 | -          | -         | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-4   | UNOFFICIAL_CHANNEL      | 2026-01-01 | -          | -         | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-4   | UNOFFICIAL_INSTALLATION | 2026-01-01 | -          | -         | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-4   | UNOFFICIAL_REPAIR       | 2026-01-01 | -          | -         | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-4   | NON_ORIGINAL_PARTS      | 2026-01-01 | -          | -         | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-4   | MISUSE                  | 2026-01-01 | -          | -         | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-4   | ACCIDENT                | 2026-01-01 | -          | -         | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-4   | FORCE_MAJEURE           | 2026-01-01 | -          | -         | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-4   | CONSUMABLE              | 2026-01-01 | -          | -         | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-4   | MISUSE                  | 2028-04-01 | 2028-02-15 | true      | false   | EXCLUDED_INTERVENTION       | AP-4
            AP-5   | REPAIR                  | 2028-05-01 | 2028-02-15 | true      | true    | SAME_FAULT_RE_REPAIR        | AP-5
            AP-5   | REPAIR                  | 2028-05-15 | 2028-02-15 | true      | true    | SAME_FAULT_RE_REPAIR        | AP-5
            AP-5   | REPAIR                  | 2028-05-16 | 2028-02-15 | true      | false   | COVERAGE_EXPIRED            | AP-1
            AP-5   | REPAIR                  | 2028-04-01 | 2028-02-15 | false     | false   | COVERAGE_EXPIRED            | AP-1
            AP-5   | REPAIR                  | 2028-04-01 | 2028-02-15 | -         | false   | COVERAGE_EXPIRED            | AP-1
            AP-5   | REPLACED_PART_FAULT     | 2029-02-15 | 2028-02-15 | -         | true    | REPLACED_PART_WARRANTY      | AP-5
            AP-5   | REPLACED_PART_FAULT     | 2029-02-16 | 2028-02-15 | -         | false   | COVERAGE_EXPIRED            | AP-1
            AP-5   | INSTALLATION_FAULT      | 2028-03-16 | 2028-02-15 | -         | true    | INSTALLATION_FAULT_WARRANTY | AP-5
            AP-5   | INSTALLATION_FAULT      | 2028-03-17 | 2028-02-15 | -         | false   | COVERAGE_EXPIRED            | AP-1
            """)
    void checksCoverageWithExclusionsAndRepairWarranties(String rule, String intervention, String date,
            String lastRepair, Boolean sameFault, boolean covered, String reason, String rules) {
        CoverageDecision decision = ENGINE.checkCoverage(refrigerator("2025-03-10", null, null), null,
                new CoverageRequest(intervention, date(date), date(lastRepair), sameFault));

        assertThat(decision.covered()).as(rule).isEqualTo(covered);
        assertThat(decision.reason()).as(rule).isEqualTo(reason);
        assertThat(decision.rules()).as(rule).containsExactly(rules.split(" "));
        assertThat(decision.coverageEnd()).as(rule).isEqualTo(date("2028-03-10"));
    }

    @Test
    void refusesCoverageWithoutProofOfPurchase() {
        CoverageDecision decision = ENGINE.checkCoverage(refrigerator(null, null, "2025-01-15"), null,
                new CoverageRequest("REPAIR", date("2025-06-01"), null, null));

        assertThat(decision.covered()).isFalse();
        assertThat(decision.reason()).isEqualTo(ReasonCodes.NO_PROOF_OF_PURCHASE);
        assertThat(decision.rules()).containsExactly("AP-2");
    }

    @Test
    void knowsTheApplianceCategoriesAndNotTheWatchOnes() {
        assertThat(ENGINE.isKnownCategory("CASARTE", "WASHING_MACHINE")).isTrue();
        assertThat(ENGINE.isKnownCategory("casarte", "range_hood")).isTrue();
        assertThat(ENGINE.isKnownCategory("CASARTE", "WATCH")).isFalse();
        assertThat(ENGINE.isKnownCategory("CARTIER", "REFRIGERATOR")).isFalse();
    }
}
