package io.warrantycare.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnrollmentRulesTests {

    @ParameterizedTest(name = "{0}: granted before={1}, ticked={2}, required={3} -> approved={4}, history={5}, feed={6}")
    @CsvSource({
            // rule,  grantedBefore, ticked, required, approved, recordsGrant, publishesGrant
            "CC-12,   false,         true,   true,     true,     true,         true",
            "CC-12,   false,         false,  true,     false,    false,        false",
            "CC-12,   true,          false,  true,     true,     false,        false",
            "CC-12,   true,          true,   true,     true,     true,         false",
            "CC-12 market off, false, false, false,    true,     false,        false",
            "CC-12 market off, false, true,  false,    true,     true,         true",
            "CC-8 later owner, true,  true,  true,     true,     true,         false",
    })
    void decidesEnrollmentAndConsentEffects(String rule, boolean grantedBefore, boolean ticked, boolean required,
            boolean approved, boolean recordsGrant, boolean publishesGrant) {
        EnrollmentRules.Plan plan = EnrollmentRules.plan(grantedBefore, ticked, required);

        assertThat(plan.approved()).as(rule + " approved").isEqualTo(approved);
        assertThat(plan.recordsGrant()).as(rule + " history entry").isEqualTo(recordsGrant);
        assertThat(plan.publishesGrant()).as(rule + " ConsentGranted").isEqualTo(publishesGrant);
    }
}
