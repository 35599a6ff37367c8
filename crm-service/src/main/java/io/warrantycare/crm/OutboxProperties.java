package io.warrantycare.crm;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code warrantycare.crm.outbox.*}: how often the sweep runs, how old an entry must be before the sweep takes it over
 * from the relay that wrote it, and how long one relay may wait for the broker.
 */
@ConfigurationProperties("warrantycare.crm.outbox")
public record OutboxProperties(
        @DefaultValue("2s") Duration sweepInterval,
        @DefaultValue("5s") Duration minAge,
        @DefaultValue("10s") Duration publishTimeout) {
}
