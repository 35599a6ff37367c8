package io.warrantycare.warranty.policy;

import static io.warrantycare.warranty.policy.Facts.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CartierCarePolicyTests {

    private static final PolicyEngine ENGINE = PolicyEngine.fromClasspath();
    private static final LocalDate LAUNCH = LocalDate.of(2019, 11, 12);

    @ParameterizedTest(name = "{0}: {1}/{2}/{3} bought {4}, registered {5} -> {6} {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule | category      | line      | channel             | purchase   | registration | eligible | reason                     | deadline   | extendedEnd | rules
            CC-3   | WATCH         | -         | BOUTIQUE            | 2026-11-01 | 2026-11-15   | true     | -                          | 2028-11-01 | 2034-11-01  | CC-2 CC-3 CC-4
            CC-4   | WATCH         | -         | BOUTIQUE            | 2026-11-01 | 2028-11-01   | true     | -                          | 2028-11-01 | 2034-11-01  | CC-2 CC-3 CC-4
            CC-4   | WATCH         | -         | BOUTIQUE            | 2026-11-01 | 2028-11-02   | false    | REGISTRATION_WINDOW_CLOSED | 2028-11-01 | -           | CC-2 CC-3 CC-4
            CC-4   | WATCH         | -         | BOUTIQUE            | 2026-11-01 | -            | true     | -                          | 2028-11-01 | 2034-11-01  | CC-2 CC-3 CC-4
            CC-5   | WATCH         | -         | BOUTIQUE            | 2017-11-12 | 2019-11-12   | true     | -                          | 2019-11-12 | 2025-11-12  | CC-2 CC-3 CC-5 CC-4
            CC-5   | WATCH         | -         | BOUTIQUE            | 2017-11-11 | 2019-11-12   | false    | REGISTRATION_WINDOW_CLOSED | 2019-11-11 | -           | CC-2 CC-3 CC-5 CC-4
            CC-5   | WATCH         | -         | BOUTIQUE            | 2017-11-11 | -            | false    | REGISTRATION_WINDOW_CLOSED | 2019-11-11 | -           | CC-2 CC-3 CC-5 CC-4
            CC-5   | WATCH         | -         | BOUTIQUE            | 2017-11-12 | -            | true     | -                          | 2019-11-12 | 2025-11-12  | CC-2 CC-3 CC-5 CC-4
            CC-5   | WATCH         | -         | BOUTIQUE            | 2018-06-01 | 2020-06-01   | true     | -                          | 2020-06-01 | 2026-06-01  | CC-2 CC-3 CC-5 CC-4
            CC-5   | WATCH         | -         | BOUTIQUE            | 2015-03-01 | 2020-01-01   | false    | REGISTRATION_WINDOW_CLOSED | 2017-03-01 | -           | CC-2 CC-3 CC-5 CC-4
            CC-1   | WATCH         | -         | BOUTIQUE            | 2019-01-10 | 2019-11-11   | false    | PROGRAM_NOT_LAUNCHED       | 2021-01-10 | -           | CC-2 CC-3 CC-5 CC-1
            CC-1   | WATCH         | -         | BOUTIQUE            | 2019-01-10 | 2019-11-12   | true     | -                          | 2021-01-10 | 2027-01-10  | CC-2 CC-3 CC-5 CC-4
            CC-1   | WATCH         | -         | BOUTIQUE            | 2019-11-12 | 2019-11-12   | true     | -                          | 2021-11-12 | 2027-11-12  | CC-2 CC-3 CC-4
            CC-6   | CLOCK         | -         | BOUTIQUE            | 2026-11-01 | 2027-01-01   | true     | -                          | 2028-11-01 | 2034-11-01  | CC-2 CC-3 CC-4
            CC-6   | WATCH         | -         | AUTHORIZED_RETAILER | 2026-11-01 | 2027-01-01   | true     | -                          | 2028-11-01 | 2034-11-01  | CC-2 CC-3 CC-4
            CC-6   | WATCH         | -         | ONLINE              | 2026-11-01 | 2027-01-01   | true     | -                          | 2028-11-01 | 2034-11-01  | CC-2 CC-3 CC-4
            CC-6   | WATCH         | -         | OTHER               | 2026-11-01 | 2027-01-01   | true     | -                          | 2028-11-01 | 2034-11-01  | CC-2 CC-3 CC-4
            CC-6   | watch         | -         | BOUTIQUE            | 2026-11-01 | 2027-01-01   | true     | -                          | 2028-11-01 | 2034-11-01  | CC-2 CC-3 CC-4
            CC-6   | PEN           | -         | BOUTIQUE            | 2026-11-01 | 2027-01-01   | false    | NOT_ELIGIBLE_PRODUCT       | -          | -           | CC-2 CC-6
            CC-6   | -             | -         | BOUTIQUE            | 2026-11-01 | 2027-01-01   | false    | NOT_ELIGIBLE_PRODUCT       | -          | -           | CC-2 CC-6
            CC-7   | WATCH         | TRADITION | BOUTIQUE            | 2026-11-01 | 2027-01-01   | false    | NOT_ELIGIBLE_PRODUCT       | -          | -           | CC-2 CC-7
            CC-7   | CLOCK         | Tradition | BOUTIQUE            | 2026-11-01 | 2027-01-01   | false    | NOT_ELIGIBLE_PRODUCT       | -          | -           | CC-2 CC-7
            CC-7   | JEWELRY       | -         | BOUTIQUE            | 2026-11-01 | 2027-01-01   | false    | NOT_ELIGIBLE_PRODUCT       | -          | -           | CC-2 CC-7
            CC-7   | LEATHER_GOODS | -         | BOUTIQUE            | 2026-11-01 | 2027-01-01   | false    | NOT_ELIGIBLE_PRODUCT       | -          | -           | CC-2 CC-7
            CC-7   | EYEWEAR       | -         | BOUTIQUE            | 2026-11-01 | 2027-01-01   | false    | NOT_ELIGIBLE_PRODUCT       | -          | -           | CC-2 CC-7
            CC-7   | ACCESSORY     | -         | BOUTIQUE            | 2026-11-01 | -            | false    | NOT_ELIGIBLE_PRODUCT       | -          | -           | CC-2 CC-7
            CC-3   | WATCH         | -         | BOUTIQUE            | 2024-02-29 | 2026-02-28   | true     | -                          | 2026-02-28 | 2032-02-29  | CC-2 CC-3 CC-4
            CC-4   | WATCH         | -         | BOUTIQUE            | 2024-02-29 | 2026-03-01   | false    | REGISTRATION_WINDOW_CLOSED | 2026-02-28 | -           | CC-2 CC-3 CC-4
            CC-3   | WATCH         | -         | BOUTIQUE            | 2020-02-29 | 2020-02-29   | true     | -                          | 2022-02-28 | 2028-02-29  | CC-2 CC-3 CC-4
            CC-4   | WATCH         | -         | BOUTIQUE            | 2026-11-01 | 2026-10-31   | true     | -                          | 2028-11-01 | 2034-11-01  | CC-2 CC-3 CC-4
            """)
    void decidesTheExtensionByTheCartierCareRules(String rule, String category, String line, String channel,
            String purchase, String registration, boolean eligible, String reason, String deadline,
            String extendedEnd, String rules) {
        Evaluation evaluation = ENGINE.evaluate(
                Facts.of("CARTIER").category(category).line(line).channel(channel).purchased(purchase).build(),
                date(registration));

        ExtensionTerms extension = evaluation.extension();
        assertThat(extension.eligible()).as(rule).isEqualTo(eligible);
        assertThat(extension.reason()).as(rule).isEqualTo(reason);
        assertThat(extension.deadline()).as(rule).isEqualTo(date(deadline));
        assertThat(extension.extendedEnd()).as(rule).isEqualTo(date(extendedEnd));
        assertThat(evaluation.rules()).as(rule).containsExactly(rules.split(" "));
        assertThat(evaluation.baseWarrantyEnd()).as("CC-2").isEqualTo(date(purchase).plusYears(2));
        assertThat(evaluation.warrantyStart()).isEqualTo(date(purchase));
        assertThat(evaluation.notCoveredReason()).isNull();
    }

    @Test
    void answersLikeTheApiExampleForAWatchBoughtAfterTheLaunch() {
        Evaluation evaluation = ENGINE.evaluate(Facts.of("CARTIER").purchased("2026-11-01").build(), null);

        assertThat(evaluation).isEqualTo(new Evaluation("CARTIER", "Cartier Care", "cartier-care", 1,
                date("2026-11-01"), date("2028-11-01"),
                new ExtensionTerms(true, date("2028-11-01"), 6, date("2034-11-01"), null), null,
                java.util.List.of("CC-2", "CC-3", "CC-4")));
    }

    @Test
    void grantsPurchasePlusEightYearsExactlyWhenRegisteredInsideTheWindowAndAfterTheLaunch() {
        Random random = new Random(20191112L);
        LocalDate firstPurchase = LocalDate.of(2014, 1, 1);
        int granted = 0;
        for (int i = 0; i < 20_000; i++) {
            LocalDate purchase = firstPurchase.plusDays(random.nextInt(13 * 365));
            LocalDate registration = i % 2 == 0
                    ? purchase.plusDays(random.nextInt(3 * 365 + 60) - 30)
                    : LocalDate.of(2017, 1, 1).plusDays(random.nextInt(14 * 365));
            LocalDate baseEnd = purchase.plusYears(2);
            boolean insideWindow = !registration.isBefore(LAUNCH) && !registration.isAfter(baseEnd);

            Evaluation evaluation = ENGINE.evaluate(Facts.of("CARTIER").purchased(purchase.toString()).build(),
                    registration);

            ExtensionTerms extension = evaluation.extension();
            String label = "bought " + purchase + ", registered " + registration;
            assertThat(extension.eligible()).as(label).isEqualTo(insideWindow);
            assertThat(evaluation.baseWarrantyEnd()).as(label).isEqualTo(baseEnd);
            if (insideWindow) {
                granted++;
                assertThat(extension.extendedEnd()).as(label).isEqualTo(purchase.plusYears(8));
                assertThat(extension.deadline()).as(label).isEqualTo(baseEnd);
                assertThat(extension.reason()).as(label).isNull();
            }
            else {
                assertThat(extension.extendedEnd()).as(label).isNull();
                assertThat(extension.reason()).as(label).isEqualTo(
                        registration.isAfter(baseEnd) || baseEnd.isBefore(LAUNCH)
                                ? ReasonCodes.REGISTRATION_WINDOW_CLOSED : ReasonCodes.PROGRAM_NOT_LAUNCHED);
            }
        }
        assertThat(granted).as("both outcomes are exercised").isBetween(2_000, 18_000);
    }

    @ParameterizedTest(name = "{0}: {1} on {2}, coverage end {3} -> {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule | intervention       | date       | coverageEnd | covered | reason                | rules
            CC-2   | MOVEMENT_SERVICE   | 2027-05-01 | 2034-11-01  | true    | COVERED_BY_WARRANTY   | CC-2
            CC-2   | MOVEMENT_SERVICE   | 2028-11-01 | 2034-11-01  | true    | COVERED_BY_WARRANTY   | CC-2
            CC-10  | MOVEMENT_SERVICE   | 2028-11-02 | 2034-11-01  | true    | COVERED_BY_EXTENSION  | CC-3 CC-10
            CC-3   | MOVEMENT_SERVICE   | 2034-11-01 | 2034-11-01  | true    | COVERED_BY_EXTENSION  | CC-3 CC-10
            CC-3   | MOVEMENT_SERVICE   | 2034-11-02 | 2034-11-01  | false   | COVERAGE_EXPIRED      | CC-3 CC-10
            CC-2   | MOVEMENT_SERVICE   | 2028-11-02 | 2028-11-01  | false   | COVERAGE_EXPIRED      | CC-2
            CC-2   | MOVEMENT_SERVICE   | 2028-11-01 | -           | true    | COVERED_BY_WARRANTY   | CC-2
            CC-2   | MOVEMENT_SERVICE   | 2028-11-02 | -           | false   | COVERAGE_EXPIRED      | CC-2
            CC-2   | MOVEMENT_SERVICE   | 2026-10-31 | 2034-11-01  | false   | BEFORE_WARRANTY_START | CC-2
            CC-10  | STRAP_REPLACEMENT  | 2030-01-01 | 2034-11-01  | false   | EXCLUDED_INTERVENTION | CC-10
            CC-10  | AESTHETIC          | 2030-01-01 | 2034-11-01  | false   | EXCLUDED_INTERVENTION | CC-10
            CC-10  | MISHANDLING_DAMAGE | 2030-01-01 | 2034-11-01  | false   | EXCLUDED_INTERVENTION | CC-10
            CC-10  | STRAP_REPLACEMENT  | 2027-01-01 | 2034-11-01  | false   | EXCLUDED_INTERVENTION | CC-10
            CC-10  | CRYSTAL_REPLACEMENT| 2030-01-01 | 2034-11-01  | true    | COVERED_BY_EXTENSION  | CC-3 CC-10
            """)
    void checksCoverageOfAnIntervention(String rule, String intervention, String date, String coverageEnd,
            boolean covered, String reason, String rules) {
        CoverageDecision decision = ENGINE.checkCoverage(Facts.of("CARTIER").purchased("2026-11-01").build(),
                date(coverageEnd), new CoverageRequest(intervention, date(date), null, null));

        assertThat(decision.covered()).as(rule).isEqualTo(covered);
        assertThat(decision.reason()).as(rule).isEqualTo(reason);
        assertThat(decision.rules()).as(rule).containsExactly(rules.split(" "));
        assertThat(decision.coverageEnd()).as(rule)
                .isEqualTo(coverageEnd == null ? date("2028-11-01") : date(coverageEnd));
    }

    @Test
    void letsAnyOwnerActivateOncePerWatch() {
        ActivationTerms terms = ENGINE.activationTerms(Facts.of("CARTIER").purchased("2026-11-01").build());

        assertThat(terms.owners()).as("CC-8").containsExactly("BUYER", "GIFT_RECIPIENT", "SUBSEQUENT_OWNER");
        assertThat(terms.allows("gift_recipient")).as("CC-8").isTrue();
        assertThat(terms.allows("DEALER")).as("CC-8").isFalse();
        assertThat(terms.oncePerProduct()).as("CC-9").isTrue();
        assertThat(terms.rules()).containsExactly("CC-8", "CC-9");
    }

    @Test
    void startsNoWarrantyWithoutAPurchaseDate() {
        Evaluation evaluation = ENGINE.evaluate(Facts.of("CARTIER").build(), date("2027-01-01"));

        assertThat(evaluation.baseWarrantyEnd()).isNull();
        assertThat(evaluation.notCoveredReason()).isEqualTo(ReasonCodes.NO_PURCHASE_DATE);
        assertThat(evaluation.extension().eligible()).isFalse();
        assertThat(evaluation.extension().reason()).isEqualTo(ReasonCodes.NO_PURCHASE_DATE);
        assertThat(Arrays.asList(evaluation.policyId(), evaluation.policyVersion())).containsExactly("cartier-care", 1);
    }
}
