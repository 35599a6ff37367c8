package io.warrantycare.warranty.config;

import io.warrantycare.warranty.policy.PolicyEngine;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DomainConfiguration {

    /** Every "today" of the service (warranty status, future-date checks) comes from this clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PolicyEngine policyEngine() {
        return PolicyEngine.fromClasspath();
    }
}
