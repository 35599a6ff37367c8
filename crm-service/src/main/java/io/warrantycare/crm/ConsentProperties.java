package io.warrantycare.crm;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CC-12 as a per-market setting: {@code warrantycare.crm.consent.marketing-required-by-default} and
 * {@code warrantycare.crm.consent.markets.<COUNTRY>.marketing-required}. Market keys are ISO country codes; they are
 * upper-cased here because keys bound from environment variables arrive in lower case.
 */
@ConfigurationProperties("warrantycare.crm.consent")
record ConsentProperties(@DefaultValue("true") boolean marketingRequiredByDefault, Map<String, Market> markets) {

    ConsentProperties {
        markets = markets == null ? Map.of() : markets.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue));
    }

    record Market(Boolean marketingRequired) {
    }
}
