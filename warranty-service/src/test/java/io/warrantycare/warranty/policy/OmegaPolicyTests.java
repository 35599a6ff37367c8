package io.warrantycare.warranty.policy;

import static io.warrantycare.warranty.policy.Facts.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OmegaPolicyTests {

    private static final PolicyEngine ENGINE = PolicyEngine.fromClasspath();

    @ParameterizedTest(name = "{0}: {1} {2} bought {3} -> {6} ({4} v{5})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule | category | movement | purchase   | policyId         | version | baseEnd    | rules
            WB-1   | WATCH    | CO_AXIAL | 2011-12-31 | industry-default | 1       | 2013-12-31 | WB-1
            WB-2   | WATCH    | CO_AXIAL | 2012-01-01 | omega            | 1       | 2016-01-01 | WB-2
            WB-2   | WATCH    | co_axial | 2015-06-30 | omega            | 1       | 2019-06-30 | WB-2
            WB-1   | WATCH    | QUARTZ   | 2012-01-01 | omega            | 1       | 2014-01-01 | WB-1
            WB-1   | WATCH    | -        | 2016-02-29 | omega            | 1       | 2018-02-28 | WB-1
            WB-2   | WATCH    | CO_AXIAL | 2016-02-29 | omega            | 1       | 2020-02-29 | WB-2
            WB-2   | WATCH    | CO_AXIAL | 2018-06-30 | omega            | 1       | 2022-06-30 | WB-2
            WB-1   | WATCH    | QUARTZ   | 2018-06-30 | omega            | 1       | 2020-06-30 | WB-1
            WB-2   | WATCH    | QUARTZ   | 2018-07-01 | omega            | 2       | 2023-07-01 | WB-2
            WB-2   | WATCH    | CO_AXIAL | 2018-07-01 | omega            | 2       | 2023-07-01 | WB-2
            WB-2   | WATCH    | -        | 2020-02-29 | omega            | 2       | 2025-02-28 | WB-2
            WB-1   | JEWELRY  | -        | 2020-01-01 | omega            | 2       | 2022-01-01 | WB-1
            """)
    void givesTheLongerWarrantyWithoutRegistration(String rule, String category, String movement, String purchase,
            String policyId, int version, String baseEnd, String rules) {
        Evaluation evaluation = ENGINE.evaluate(
                Facts.of("OMEGA").category(category).movement(movement).purchased(purchase).build(), date("2030-01-01"));

        assertThat(evaluation.policyId()).as(rule).isEqualTo(policyId);
        assertThat(evaluation.policyVersion()).as(rule).isEqualTo(version);
        assertThat(evaluation.baseWarrantyEnd()).as(rule).isEqualTo(date(baseEnd));
        assertThat(evaluation.rules()).as(rule).containsExactly(rules.split(" "));
        assertThat(evaluation.brand()).isEqualTo("OMEGA");
        assertThat(evaluation.extension())
                .isEqualTo(new ExtensionTerms(false, null, 0, null, ReasonCodes.NO_EXTENSION_PROGRAM));
    }
}
