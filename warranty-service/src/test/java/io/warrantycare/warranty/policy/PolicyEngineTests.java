package io.warrantycare.warranty.policy;

import static io.warrantycare.warranty.policy.Facts.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyEngineTests {

    private static final PolicyEngine ENGINE = PolicyEngine.fromClasspath();

    private static final String DEFAULT = """
            { "policyId": "industry-default", "industryDefault": true, "program": "Default",
              "versions": [ { "version": 1, "summary": "2 years", "reading": "open",
                              "rules": [ { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 } ] } ] }
            """;

    @Test
    void refusesAnUnknownBrand() {
        ProductFacts swatch = Facts.of("SWATCH").purchased("2024-01-01").build();
        CoverageRequest request = new CoverageRequest("MOVEMENT_SERVICE", date("2024-06-01"), null, null);

        assertThatThrownBy(() -> ENGINE.evaluate(swatch, null)).isInstanceOf(UnknownBrandException.class)
                .hasMessageContaining("SWATCH");
        assertThatThrownBy(() -> ENGINE.assess(swatch, null)).isInstanceOf(UnknownBrandException.class);
        assertThatThrownBy(() -> ENGINE.checkCoverage(swatch, null, request)).isInstanceOf(UnknownBrandException.class);
        assertThatThrownBy(() -> ENGINE.evaluate(Facts.of(null).build(), null)).isInstanceOf(UnknownBrandException.class);
        assertThatThrownBy(() -> ENGINE.evaluate(Facts.of("industry-default").build(), null))
                .isInstanceOf(UnknownBrandException.class);
    }

    @ParameterizedTest(name = "{0} is brand {1}")
    @CsvSource(nullValues = "-", value = {
            "CARTIER, CARTIER", "Cartier, CARTIER", "omega, OMEGA", "Ulysse Nardin, ULYSSE_NARDIN",
            "Jaeger-LeCoultre, JAEGER_LECOULTRE", "AUDEMARS_PIGUET, AUDEMARS_PIGUET", "Casarte, CASARTE",
            "SEIKO, SEIKO", "ROLEX, ROLEX", "SWATCH, -", "industry-default, -", "' ', -"})
    void recognisesBrandsWhateverTheirSpelling(String spelling, String brand) {
        assertThat(ENGINE.isKnownBrand(spelling)).isEqualTo(brand != null);
        assertThat(ENGINE.canonicalBrand(spelling)).isEqualTo(brand);
    }

    @Test
    void doesNotKnowANullBrand() {
        assertThat(ENGINE.isKnownBrand(null)).isFalse();
        assertThat(ENGINE.isKnownCategory(null, "WATCH")).isFalse();
    }

    @ParameterizedTest(name = "watch brands know {0}")
    @ValueSource(strings = {"WATCH", "CLOCK", "JEWELRY", "LEATHER_GOODS", "EYEWEAR", "ACCESSORY"})
    void knowsTheWatchCategoriesForEveryWatchBrand(String category) {
        for (String brand : List.of("CARTIER", "OMEGA", "ROLEX", "ULYSSE_NARDIN", "AUDEMARS_PIGUET",
                "JAEGER_LECOULTRE", "SEIKO")) {
            assertThat(ENGINE.isKnownCategory(brand, category)).as(brand).isTrue();
        }
        assertThat(ENGINE.isKnownCategory("CASARTE", category)).isFalse();
        assertThat(ENGINE.isKnownCategory("SWATCH", category)).isFalse();
    }

    @Test
    void rejectsUnknownCategories() {
        assertThat(ENGINE.isKnownCategory("CARTIER", "TOASTER")).isFalse();
        assertThat(ENGINE.isKnownCategory("CARTIER", null)).isFalse();
    }

    @Test
    void publishesEveryProgramWithItsVersions() {
        List<ProgramSummary> programs = ENGINE.programs();

        assertThat(programs).extracting(ProgramSummary::policyId).containsExactly("cartier-care", "omega", "rolex",
                "ulysse-nardin", "audemars-piguet", "jaeger-lecoultre", "casarte", "seiko", "industry-default");
        assertThat(programs.get(0)).satisfies(cartier -> {
            assertThat(cartier.brand()).isEqualTo("CARTIER");
            assertThat(cartier.program()).isEqualTo("Cartier Care");
            assertThat(cartier.versions()).singleElement().satisfies(v -> assertThat(v.effectiveFrom()).isNull());
        });
        assertThat(programs.get(1).versions()).extracting(ProgramSummary.Version::effectiveFrom)
                .containsExactly(date("2012-01-01"), date("2018-07-01"));
        assertThat(programs.get(8).brand()).isNull();
        assertThatThrownBy(() -> programs.add(programs.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void answersTheSameForTheSameFacts() {
        ProductFacts facts = Facts.of("CARTIER").purchased("2024-02-29").build();

        assertThat(ENGINE.evaluate(facts, date("2025-01-01"))).isEqualTo(ENGINE.evaluate(facts, date("2025-01-01")));
        assertThat(ENGINE.evaluate(facts, date("2025-01-01")).rules()).isUnmodifiable();
    }

    @Test
    void choosesTheLatestVersionWhenNoDateIsKnown() {
        Evaluation evaluation = ENGINE.evaluate(Facts.of("OMEGA").build(), null);

        assertThat(evaluation.policyVersion()).isEqualTo(2);
        assertThat(evaluation.notCoveredReason()).isEqualTo(ReasonCodes.NO_PURCHASE_DATE);
    }

    @Test
    void takesANewBrandAsDataWithoutCode() {
        PolicyEngine engine = PolicyEngine.fromJson(List.of(DEFAULT, """
                { "policyId": "panerai", "brand": "Panerai", "program": "Panerai Care", "categories": ["WATCH"],
                  "versions": [
                    { "version": 1, "effectiveFrom": "2020-01-01", "summary": "2 + 6 by registration",
                      "rules": [
                        { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 },
                        { "rule": "CC-3", "kind": "REGISTRATION_EXTENSION", "years": 6 },
                        { "rule": "CC-4", "kind": "REGISTRATION_CLOSES", "relativeTo": "BASE_END", "plus": "P30D",
                          "reason": "REGISTRATION_WINDOW_CLOSED" } ] } ] }
                """));

        Evaluation late = engine.evaluate(Facts.of("PANERAI").purchased("2024-03-01").build(), date("2026-03-31"));
        Evaluation before = engine.evaluate(Facts.of("PANERAI").purchased("2019-12-31").build(), date("2020-01-02"));

        assertThat(late.extension()).isEqualTo(
                new ExtensionTerms(true, date("2026-03-31"), 6, date("2032-03-01"), null));
        assertThat(before.policyId()).isEqualTo("industry-default");
        assertThat(before.extension().reason()).isEqualTo(ReasonCodes.NO_EXTENSION_PROGRAM);
    }

    @Test
    void refusesTheExtensionWhenNoGrantMatchesTheProduct() {
        PolicyEngine engine = PolicyEngine.fromJson(List.of("""
                { "policyId": "mechanical-only", "brand": "MECHANICAL_ONLY", "program": "P", "categories": ["WATCH"],
                  "versions": [ { "version": 1, "summary": "s", "reading": "open",
                    "rules": [ { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 },
                               { "rule": "WB-4", "kind": "REGISTRATION_EXTENSION", "years": 3,
                                 "when": { "movement": ["MECHANICAL"] } } ] } ] }
                """));

        Evaluation quartz = engine.evaluate(Facts.of("MECHANICAL_ONLY").movement("QUARTZ").purchased("2024-01-01")
                .build(), null);
        Evaluation mechanical = engine.evaluate(Facts.of("MECHANICAL_ONLY").movement("MECHANICAL")
                .purchased("2024-01-01").build(), date("2030-01-01"));

        assertThat(quartz.extension()).isEqualTo(
                new ExtensionTerms(false, null, 0, null, ReasonCodes.NOT_ELIGIBLE_PRODUCT));
        assertThat(quartz.rules()).containsExactly("WB-1", "WB-4");
        assertThat(mechanical.extension()).as("no deadline: the window stays open").isEqualTo(
                new ExtensionTerms(true, null, 3, date("2029-01-01"), null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown rule kind                 | { "rule": "WB-1", "kind": "BASE_TERMS", "years": 2 }                                          | BASE_TERMS
            duplicate key                     | { "rule": "WB-1", "kind": "BASE_TERM", "years": 2, "years": 3 }                              | years
            unknown field                     | { "rule": "WB-1", "kind": "BASE_TERM", "years": 2, "month": 3 }                               | month
            rule id not of domain-rules.md    | { "rule": "wb1", "kind": "BASE_TERM", "years": 2 }                                            | rule must be a rule id
            conditional last base term        | { "rule": "WB-1", "kind": "BASE_TERM", "years": 2, "when": { "category": ["WATCH"] } }        | last BASE_TERM
            non-positive years                | { "rule": "WB-1", "kind": "BASE_TERM", "years": 0 }                                           | years must be positive
            window without an extension       | { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 }, { "rule": "CC-4", "kind": "REGISTRATION_CLOSES", "relativeTo": "BASE_END", "reason": "REGISTRATION_WINDOW_CLOSED" } | need a REGISTRATION_EXTENSION
            bad period                        | { "rule": "AP-3", "kind": "STATUTORY_WINDOWS", "returnWithin": "7 days", "exchangeWithin": "P15D" }, { "rule": "AP-1", "kind": "BASE_TERM", "years": 3 } | ISO-8601 period
            reason not a code                 | { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 }, { "rule": "CC-10", "kind": "COVERAGE_EXCLUSION", "interventions": ["AESTHETIC"], "reason": "excluded" } | UPPER_SNAKE
            bad effect                        | { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 }, { "rule": "CC-3", "kind": "REGISTRATION_EXTENSION", "years": 6 }, { "rule": "CC-6", "kind": "EXTENSION_ELIGIBILITY", "effect": "ALLOW", "when": { "category": ["WATCH"] }, "reason": "NOT_ELIGIBLE_PRODUCT" } | REQUIRE or EXCLUDE
            """)
    void rejectsABrokenRuleNamingTheDocument(String problem, String rules, String message) {
        String document = """
                { "policyId": "broken", "brand": "BROKEN", "program": "Broken", "categories": ["WATCH"],
                  "versions": [ { "version": 1, "summary": "s", "rules": [ %s ] } ] }
                """.formatted(rules);

        assertThatThrownBy(() -> PolicyEngine.fromNamedJson(java.util.Map.of("broken.json", document)))
                .as(problem).isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("broken.json").hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            versions out of order     | { "version": 1, "effectiveFrom": "2020-01-01", "summary": "a", "rules": [ { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 } ] }, { "version": 2, "effectiveFrom": "2019-01-01", "summary": "b", "rules": [ { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 } ] } | ordered by effectiveFrom
            version numbers repeated  | { "version": 1, "effectiveFrom": "2020-01-01", "summary": "a", "rules": [ { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 } ] }, { "version": 1, "effectiveFrom": "2021-01-01", "summary": "b", "rules": [ { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 } ] } | increasing order
            open start after the first| { "version": 1, "effectiveFrom": "2020-01-01", "summary": "a", "rules": [ { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 } ] }, { "version": 2, "summary": "b", "rules": [ { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 } ] } | open start
            no summary                | { "version": 1, "rules": [ { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 } ] } | summary is required
            """)
    void rejectsBrokenVersions(String problem, String versions, String message) {
        String document = """
                { "policyId": "broken", "brand": "BROKEN", "program": "Broken", "categories": ["WATCH"],
                  "versions": [ %s ] }
                """.formatted(versions);

        assertThatThrownBy(() -> PolicyEngine.fromJson(List.of(DEFAULT, document)))
                .as(problem).isInstanceOf(InvalidPolicyException.class).hasMessageContaining(message);
    }

    @Test
    void needsTheIndustryDefaultForADatedProgram() {
        String dated = """
                { "policyId": "dated", "brand": "DATED", "program": "Dated", "categories": ["WATCH"],
                  "versions": [ { "version": 1, "effectiveFrom": "2020-01-01", "summary": "s",
                                  "rules": [ { "rule": "WB-1", "kind": "BASE_TERM", "years": 2 } ] } ] }
                """;

        assertThatThrownBy(() -> PolicyEngine.fromJson(List.of(dated)))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("industry default");
        assertThatThrownBy(() -> PolicyEngine.fromJson(List.of(DEFAULT, dated, dated)))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> PolicyEngine.fromJson(List.of(DEFAULT, DEFAULT.replace("industry-default", "other"))))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("two industry default");
        assertThatThrownBy(() -> PolicyEngine.fromJson(List.of("not json")))
                .isInstanceOf(InvalidPolicyException.class).hasMessageContaining("unreadable");
    }
}
