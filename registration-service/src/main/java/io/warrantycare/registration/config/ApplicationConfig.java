package io.warrantycare.registration.config;

import io.warrantycare.contracts.CardTokens;
import io.warrantycare.registration.CardProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApplicationConfig {

    /** Dates of the saga (registration date, CC-4 deadline as of today) come from this clock; tests may replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CardTokens cardTokens(CardProperties properties) {
        return new CardTokens(properties.tokenSecret());
    }
}
