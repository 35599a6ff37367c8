package io.warrantycare.crm.messaging;

import io.warrantycare.crm.OutboxProperties;
import io.warrantycare.crm.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Runs the outbox sweep every {@code warrantycare.crm.outbox.sweep-interval}, on the scheduler's own thread. */
@Component
class OutboxSweeper implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);
    private final OutboxRelay relay;
    private final OutboxProperties properties;

    OutboxSweeper(OutboxRelay relay, OutboxProperties properties) {
        this.relay = relay;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::sweep, properties.sweepInterval());
    }

    void sweep() {
        try {
            Long relayed = relay.sweep().block(properties.publishTimeout().multipliedBy(3));
            if (relayed != null && relayed > 0) {
                log.info("Outbox sweep took over the pending events of {} document(s)", relayed);
            }
        } catch (RuntimeException failed) {
            log.warn("Outbox sweep failed ({}); next run in {}", failed.getClass().getSimpleName(), properties.sweepInterval());
        }
    }
}
