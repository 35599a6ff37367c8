package io.warrantycare.warranty;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Every setting of the service under {@code warrantycare.*}, each overridable from the environment. */
@ConfigurationProperties("warrantycare")
public record WarrantySettings(
        @DefaultValue Cards cards,
        @DefaultValue Outbox outbox,
        @DefaultValue Sales sales,
        @DefaultValue Kafka kafka) {

    /** The card token secret is shared with registration-service, which verifies the tokens it finds in QR codes. */
    public record Cards(
            @DefaultValue("dev-card-token-secret-change-me") String tokenSecret,
            @DefaultValue("http://localhost:8080") String publicBaseUrl) {
    }

    public record Outbox(
            @DefaultValue("2s") Duration sweepInterval,
            @DefaultValue("5s") Duration sweepMinAge) {
    }

    public record Sales(
            @DefaultValue("1000") int batchMaxRecords,
            @DefaultValue("16") int batchConcurrency) {
    }

    public record Kafka(
            @DefaultValue("3") int retryAttempts,
            @DefaultValue("200ms") Duration retryInterval,
            @DefaultValue("2s") Duration healthTimeout) {
    }
}
