package io.warrantycare.crm;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** CC-12: whether a market requires marketing consent for enrollment; the market is the customer's country. */
@Component
class MarketingConsentRule {

    private final ConsentProperties properties;

    MarketingConsentRule(ConsentProperties properties) {
        this.properties = properties;
    }

    boolean requiredIn(String country) {
        return Optional.ofNullable(country)
                .map(code -> properties.markets().get(code.trim().toUpperCase(Locale.ROOT)))
                .map(ConsentProperties.Market::marketingRequired)
                .orElse(properties.marketingRequiredByDefault());
    }
}
