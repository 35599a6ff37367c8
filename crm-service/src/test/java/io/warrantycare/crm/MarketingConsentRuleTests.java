package io.warrantycare.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketingConsentRuleTests {

    @Test
    void requiresMarketingConsentByDefault() {
        MarketingConsentRule rule = new MarketingConsentRule(new ConsentProperties(true, null));

        assertThat(rule.requiredIn("ES")).as("CC-12").isTrue();
        assertThat(rule.requiredIn(null)).as("CC-12 without a country").isTrue();
    }

    @Test
    void letsAMarketSwitchTheRuleOffWhateverTheCaseOfItsCode() {
        MarketingConsentRule rule = new MarketingConsentRule(new ConsentProperties(true,
                Map.of("cn", new ConsentProperties.Market(false), "DE", new ConsentProperties.Market(null))));

        assertThat(rule.requiredIn("CN")).as("CC-12 switched off, key bound from an environment variable").isFalse();
        assertThat(rule.requiredIn(" cn ")).isFalse();
        assertThat(rule.requiredIn("DE")).as("market listed without a value keeps the default").isTrue();
        assertThat(rule.requiredIn("FR")).isTrue();
    }

    @Test
    void letsAMarketSwitchTheRuleOnWhenTheDefaultIsOff() {
        MarketingConsentRule rule = new MarketingConsentRule(new ConsentProperties(false,
                Map.of("FR", new ConsentProperties.Market(true))));

        assertThat(rule.requiredIn("FR")).isTrue();
        assertThat(rule.requiredIn("ES")).isFalse();
    }
}
