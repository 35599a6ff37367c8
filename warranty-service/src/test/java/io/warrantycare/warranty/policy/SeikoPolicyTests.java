package io.warrantycare.warranty.policy;

import static io.warrantycare.warranty.policy.Facts.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeikoPolicyTests {

    private static final PolicyEngine ENGINE = PolicyEngine.fromClasspath();

    @ParameterizedTest(name = "{0}: dealer {1}, bought {2}, watch {3}/{4}, card {5}/{6} -> {8}")
    @CsvSource(delimiter = '|', nullValues = "-", emptyValue = "", textBlock = """
            # rule | dealerName  | purchase   | caliber   | case    | cardCaliber | cardCase | baseEnd    | notCovered            | rules
            SK-1   | Seiko Ginza | 2022-09-17 | 7S26-0020 | 123456  | 7S26        | 123456   | 2024-09-17 | -                     | SK-1 SK-2 SK-3 WB-1
            SK-1   | -           | 2022-09-17 | 7S26-0020 | 123456  | 7S26        | 123456   | -          | INVALID_WARRANTY_CARD | SK-1 SK-3
            SK-1   | '  '        | 2022-09-17 | -         | -       | -           | -        | -          | INVALID_WARRANTY_CARD | SK-1
            SK-1   | Seiko Ginza | -          | 7S26      | -       | -           | -        | -          | INVALID_WARRANTY_CARD | SK-1 SK-3
            SK-2   | Seiko Ginza | 2022-09-17 | 7S26-0020 | 123456  | 7S36        | 123456   | -          | CARD_MISMATCH         | SK-1 SK-2 SK-3
            SK-2   | Seiko Ginza | 2022-09-17 | 7S26-0020 | 123456  | 7S26        | 123457   | -          | CARD_MISMATCH         | SK-1 SK-2 SK-3
            SK-2   | Seiko Ginza | 2022-09-17 | 7s26-0020 | 12 34-56| 7S26-02C0   | 123456   | 2024-09-17 | -                     | SK-1 SK-2 SK-3 WB-1
            SK-2   | Seiko Ginza | 2022-09-17 | -         | 123456  | 7S26        | 123456   | 2024-09-17 | -                     | SK-1 SK-2 WB-1
            SK-2   | Seiko Ginza | 2022-09-17 | 7N43      | -       | -           | -        | 2024-09-17 | -                     | SK-1 SK-3 WB-1
            WB-1   | Seiko Ginza | 2024-02-29 | -         | -       | -           | -        | 2026-02-28 | -                     | SK-1 WB-1
            """)
    void startsAWarrantyOnlyOnAValidMatchingCard(String rule, String dealerName, String purchase, String caliber,
            String caseNumber, String cardCaliber, String cardCase, String baseEnd, String notCovered, String rules) {
        ProductFacts facts = Facts.of("SEIKO").dealer("SK-TOKYO-1", dealerName, "JP")
                .numbers(caliber, caseNumber, cardCaliber, cardCase).purchased(purchase).build();

        Evaluation evaluation = ENGINE.evaluate(facts, null);
        CoverageDecision decision = ENGINE.checkCoverage(facts, null,
                new CoverageRequest("MOVEMENT_SERVICE", date("2023-01-10"), null, null));

        assertThat(evaluation.baseWarrantyEnd()).as(rule).isEqualTo(date(baseEnd));
        assertThat(evaluation.notCoveredReason()).as(rule).isEqualTo(notCovered);
        assertThat(evaluation.rules()).as(rule).containsExactly(rules.split(" "));
        assertThat(evaluation.extension().reason()).as(rule).isEqualTo(ReasonCodes.NO_EXTENSION_PROGRAM);
        assertThat(evaluation.warrantyStart()).as(rule).isEqualTo(notCovered == null ? date(purchase) : null);
        assertThat(decision.covered()).as(rule).isEqualTo(notCovered == null && !date(purchase).isAfter(date("2023-01-10")));
        if (notCovered != null) {
            assertThat(decision.reason()).as(rule).isEqualTo(notCovered);
        }
    }

    @ParameterizedTest(name = "SK-3: caliber {0} is mechanical")
    @ValueSource(strings = {"4206", "4207", "4217", "7002", "7009", "7019", "4S25", "7S25", "7S26", "7S36", "7S55",
            "7s26-02C0", " 4S25 "})
    void classifiesTheListedCalibersAsMechanical(String caliber) {
        assertThat(movementClassOf(caliber, "QUARTZ")).as("SK-3").isEqualTo("MECHANICAL");
    }

    @ParameterizedTest(name = "SK-3: caliber {0} is quartz")
    @ValueSource(strings = {"7N43", "5Y23", "8F35", "V657", "7S2", "7S260", "42060"})
    void classifiesEveryOtherCaliberAsQuartz(String caliber) {
        assertThat(movementClassOf(caliber, "MECHANICAL")).as("SK-3").isEqualTo("QUARTZ");
    }

    @ParameterizedTest(name = "SK-3: no caliber, declared movement {0}")
    @CsvSource(nullValues = "-", value = {"QUARTZ", "MECHANICAL", "-"})
    void keepsTheDeclaredMovementWithoutACaliber(String movement) {
        ProductFacts facts = Facts.of("SEIKO").movement(movement).purchased("2023-01-01").build();

        assertThat(ENGINE.assess(facts, null).movementClass()).isEqualTo(movement);
        assertThat(ENGINE.evaluate(facts, null).rules()).doesNotContain("SK-3");
    }

    private static String movementClassOf(String caliber, String declaredMovement) {
        ProductFacts facts = Facts.of("SEIKO").movement(declaredMovement).numbers(caliber, null, null, null)
                .purchased("2023-01-01").build();
        return ENGINE.assess(facts, null).movementClass();
    }
}
