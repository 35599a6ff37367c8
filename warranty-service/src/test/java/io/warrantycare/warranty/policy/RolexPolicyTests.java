package io.warrantycare.warranty.policy;

import static io.warrantycare.warranty.policy.Facts.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolexPolicyTests {

    private static final PolicyEngine ENGINE = PolicyEngine.fromClasspath();

    @ParameterizedTest(name = "{0}: {1} bought {2} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule | category | purchase   | policyId         | baseEnd    | program
            WB-1   | WATCH    | 2015-06-30 | industry-default | 2017-06-30 | Industry default warranty
            WB-3   | WATCH    | 2015-07-01 | rolex            | 2020-07-01 | Rolex warranty
            WB-3   | WATCH    | 2024-02-29 | rolex            | 2029-02-28 | Rolex warranty
            WB-1   | CLOCK    | 2024-02-29 | rolex            | 2026-02-28 | Rolex warranty
            """)
    void givesFiveYearsToWatchesBoughtFromJuly2015(String rule, String category, String purchase, String policyId,
            String baseEnd, String program) {
        Evaluation evaluation = ENGINE.evaluate(Facts.of("Rolex").category(category).purchased(purchase).build(), null);

        assertThat(evaluation.policyId()).as(rule).isEqualTo(policyId);
        assertThat(evaluation.program()).as(rule).isEqualTo(program);
        assertThat(evaluation.baseWarrantyEnd()).as(rule).isEqualTo(date(baseEnd));
        assertThat(evaluation.rules()).as(rule).containsExactly(rule);
        assertThat(evaluation.brand()).isEqualTo("ROLEX");
        assertThat(evaluation.extension().eligible()).isFalse();
        assertThat(evaluation.extension().reason()).isEqualTo(ReasonCodes.NO_EXTENSION_PROGRAM);
    }
}
