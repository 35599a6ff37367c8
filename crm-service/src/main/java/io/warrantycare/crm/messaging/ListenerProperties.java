package io.warrantycare.crm.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code warrantycare.crm.listener.*}: the bounded retries before a record goes to {@code <topic>.dlt}, and how long
 * one record's handling may take.
 */
@ConfigurationProperties("warrantycare.crm.listener")
record ListenerProperties(
        @DefaultValue("3") int retries,
        @DefaultValue("200ms") Duration retryInterval,
        @DefaultValue("30s") Duration handlingTimeout) {
}
