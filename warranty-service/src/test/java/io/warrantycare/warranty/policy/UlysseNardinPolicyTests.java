package io.warrantycare.warranty.policy;

import static io.warrantycare.warranty.policy.Facts.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UlysseNardinPolicyTests {

    private static final PolicyEngine ENGINE = PolicyEngine.fromClasspath();

    @ParameterizedTest(name = "{0}: {1} {2} bought {3} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule | category | movement   | purchase   | policyId         | baseEnd
            WB-1   | WATCH    | MECHANICAL | 2016-12-31 | industry-default | 2018-12-31
            WB-4   | WATCH    | MECHANICAL | 2017-01-01 | ulysse-nardin    | 2022-01-01
            WB-4   | WATCH    | MECHANICAL | 2020-02-29 | ulysse-nardin    | 2025-02-28
            WB-1   | WATCH    | QUARTZ     | 2017-01-01 | ulysse-nardin    | 2019-01-01
            WB-1   | WATCH    | -          | 2017-01-01 | ulysse-nardin    | 2019-01-01
            WB-1   | JEWELRY  | MECHANICAL | 2017-01-01 | ulysse-nardin    | 2019-01-01
            """)
    void givesFiveYearsToMechanicalWatchesFromJanuary2017(String rule, String category, String movement,
            String purchase, String policyId, String baseEnd) {
        Evaluation evaluation = ENGINE.evaluate(Facts.of("Ulysse Nardin").category(category).movement(movement)
                .purchased(purchase).build(), null);

        assertThat(evaluation.policyId()).as(rule).isEqualTo(policyId);
        assertThat(evaluation.baseWarrantyEnd()).as(rule).isEqualTo(date(baseEnd));
        assertThat(evaluation.rules()).as(rule).containsExactly(rule);
        assertThat(evaluation.brand()).isEqualTo("ULYSSE_NARDIN");
        assertThat(evaluation.extension().reason()).isEqualTo(ReasonCodes.NO_EXTENSION_PROGRAM);
    }
}
