package io.warrantycare.warranty.policy;

import static io.warrantycare.warranty.policy.Facts.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaegerLeCoultrePolicyTests {

    private static final PolicyEngine ENGINE = PolicyEngine.fromClasspath();

    @ParameterizedTest(name = "{0}: {1} bought {3} in {2}, registered {4} -> {5} {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule | category | country | purchase   | registration | eligible | reason                     | deadline   | extendedEnd | policyId         | rules
            WB-1   | WATCH    | FR      | 2019-04-30 | 2019-05-01   | false    | NO_EXTENSION_PROGRAM       | -          | -           | industry-default | WB-1
            WB-6   | WATCH    | FR      | 2019-05-01 | 2019-05-01   | true     | -                          | 2021-05-01 | 2027-05-01  | jaeger-lecoultre | WB-1 WB-6
            WB-6   | WATCH    | CN      | 2022-08-15 | 2024-08-15   | true     | -                          | 2024-08-15 | 2030-08-15  | jaeger-lecoultre | WB-1 WB-6
            WB-6   | WATCH    | US      | 2022-08-15 | 2024-08-16   | false    | REGISTRATION_WINDOW_CLOSED | 2024-08-15 | -           | jaeger-lecoultre | WB-1 WB-6
            WB-6   | WATCH    | CH      | 2024-02-29 | -            | true     | -                          | 2026-02-28 | 2032-02-29  | jaeger-lecoultre | WB-1 WB-6
            WB-6   | CLOCK    | CH      | 2022-08-15 | 2022-09-01   | false    | NOT_ELIGIBLE_PRODUCT       | -          | -           | jaeger-lecoultre | WB-1 WB-6
            """)
    void extendsEveryWatchToEightYearsByRegistration(String rule, String category, String country, String purchase,
            String registration, boolean eligible, String reason, String deadline, String extendedEnd,
            String policyId, String rules) {
        Evaluation evaluation = ENGINE.evaluate(Facts.of("Jaeger-LeCoultre").category(category)
                .dealer("AR-1", "A dealer", country).purchased(purchase).build(), date(registration));

        assertThat(evaluation.policyId()).as(rule).isEqualTo(policyId);
        assertThat(evaluation.extension().eligible()).as(rule).isEqualTo(eligible);
        assertThat(evaluation.extension().reason()).as(rule).isEqualTo(reason);
        assertThat(evaluation.extension().deadline()).as(rule).isEqualTo(date(deadline));
        assertThat(evaluation.extension().extendedEnd()).as(rule).isEqualTo(date(extendedEnd));
        assertThat(evaluation.rules()).as(rule).containsExactly(rules.split(" "));
        assertThat(evaluation.brand()).isEqualTo("JAEGER_LECOULTRE");
    }
}
