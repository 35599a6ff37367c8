package io.warrantycare.kit.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Settings of the messaging kit, under {@code warrantycare.messaging}. */
@Validated
@ConfigurationProperties("warrantycare.messaging")
public record MessagingProperties(
        @Valid @NotNull @DefaultValue Outbox outbox,
        @Valid @NotNull @DefaultValue DeadLetters deadLetters,
        @Valid @NotNull @DefaultValue Health health) {

    /**
     * @param collections   the collections whose documents keep pending events in an {@code outbox} array
     * @param sweepInterval how often the sweep looks for entries the immediate relay did not get through
     * @param sweepMinAge   entries younger than this are left to the immediate relay
     * @param sweepBatch    at most this many documents per sweep
     * @param sendTimeout   how long one send may wait for the broker's acknowledgement
     */
    public record Outbox(
            @NotNull @DefaultValue List<String> collections,
            @NotNull @DefaultValue("2s") Duration sweepInterval,
            @NotNull @DefaultValue("1s") Duration sweepMinAge,
            @Min(1) @DefaultValue("200") int sweepBatch,
            @NotNull @DefaultValue("5s") Duration sendTimeout) {
    }

    /**
     * @param retries         redeliveries of a failing record before it goes to {@code <topic>.dlt}
     * @param initialInterval the first back-off, doubled at each retry up to {@code maxInterval}
     */
    public record DeadLetters(
            @Min(0) @DefaultValue("3") int retries,
            @NotNull @DefaultValue("200ms") Duration initialInterval,
            @NotNull @DefaultValue("2s") Duration maxInterval) {
    }

    /** @param timeout how long a health check waits for the broker or the store */
    public record Health(@NotNull @DefaultValue("2s") Duration timeout) {
    }
}
