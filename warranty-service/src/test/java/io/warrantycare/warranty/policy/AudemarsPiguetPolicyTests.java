package io.warrantycare.warranty.policy;

import static io.warrantycare.warranty.policy.Facts.date;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudemarsPiguetPolicyTests {

    private static final PolicyEngine ENGINE = PolicyEngine.fromClasspath();

    @ParameterizedTest(name = "{0}: {1} {2} at {3} ({4}) bought {5}, registered {6} -> {7} {8}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # rule | category | channel             | dealer                        | country | purchase   | registration | eligible | reason                     | years | extendedEnd | rules
            WB-5   | WATCH    | AUTHORIZED_RETAILER | AR-GENEVA-1                   | CH      | 2017-01-01 | 2017-02-01   | true     | -                          | 3     | 2022-01-01  | WB-5
            WB-5   | WATCH    | BOUTIQUE            | BTQ-PARIS-PAIX                | FR      | 2020-05-05 | 2022-05-05   | true     | -                          | 3     | 2025-05-05  | WB-5
            WB-5   | WATCH    | BOUTIQUE            | BTQ-PARIS-PAIX                | FR      | 2020-05-05 | 2022-05-06   | false    | REGISTRATION_WINDOW_CLOSED | 3     | -           | WB-5
            WB-5   | WATCH    | BOUTIQUE            | BTQ-SHANGHAI-NANJING-WEST-ROAD| CN      | 2020-05-05 | 2020-06-01   | true     | -                          | 6     | 2028-05-05  | WB-5
            WB-5   | WATCH    | BOUTIQUE            | BTQ-BEIJING-WANGFUJING        | CN      | 2020-05-05 | 2020-06-01   | true     | -                          | 6     | 2028-05-05  | WB-5
            WB-5   | WATCH    | BOUTIQUE            | btq-beijing-skp               | cn      | 2020-05-05 | -            | true     | -                          | 6     | 2028-05-05  | WB-5
            WB-5   | WATCH    | BOUTIQUE            | BTQ-BEIJING-SKP               | HK      | 2020-05-05 | 2020-06-01   | true     | -                          | 3     | 2025-05-05  | WB-5
            WB-5   | WATCH    | BOUTIQUE            | BTQ-SHANGHAI-PLAZA-66         | CN      | 2020-05-05 | 2020-06-01   | true     | -                          | 3     | 2025-05-05  | WB-5
            WB-5   | WATCH    | ONLINE              | WEB-STORE                     | FR      | 2020-05-05 | 2020-06-01   | false    | NOT_ELIGIBLE_CHANNEL       | 0     | -           | WB-5
            WB-5   | WATCH    | OTHER               | GREY-MARKET                   | FR      | 2020-05-05 | 2020-06-01   | false    | NOT_ELIGIBLE_CHANNEL       | 0     | -           | WB-5
            WB-5   | JEWELRY  | BOUTIQUE            | BTQ-PARIS-PAIX                | FR      | 2020-05-05 | 2020-06-01   | false    | NOT_ELIGIBLE_PRODUCT       | 0     | -           | WB-5
            WB-5   | WATCH    | BOUTIQUE            | BTQ-PARIS-PAIX                | FR      | 2024-02-29 | 2026-02-28   | true     | -                          | 3     | 2029-02-28  | WB-5
            WB-1   | WATCH    | BOUTIQUE            | BTQ-BEIJING-SKP               | CN      | 2016-12-31 | 2017-01-15   | false    | NO_EXTENSION_PROGRAM       | 0     | -           | WB-1
            """)
    void extendsByRegistrationOnlyForAuthorisedPurchases(String rule, String category, String channel,
            String dealer, String country, String purchase, String registration, boolean eligible, String reason,
            int years, String extendedEnd, String rules) {
        Evaluation evaluation = ENGINE.evaluate(Facts.of("AUDEMARS_PIGUET").category(category).channel(channel)
                .dealer(dealer, "A dealer", country).purchased(purchase).build(), date(registration));

        assertThat(evaluation.extension().eligible()).as(rule).isEqualTo(eligible);
        assertThat(evaluation.extension().reason()).as(rule).isEqualTo(reason);
        assertThat(evaluation.extension().years()).as(rule).isEqualTo(years);
        assertThat(evaluation.extension().extendedEnd()).as(rule).isEqualTo(date(extendedEnd));
        assertThat(evaluation.rules()).as(rule).containsExactly(rules.split(" "));
        assertThat(evaluation.baseWarrantyEnd()).as(rule).isEqualTo(date(purchase).plusYears(2));
    }
}
