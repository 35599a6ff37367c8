package io.warrantycare.registration.config;

import io.warrantycare.registration.RegistrationProperties;
import io.warrantycare.registration.RegistrationService;
import io.warrantycare.registration.messaging.KafkaOutboxRelay;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import reactor.core.publisher.Mono;

/** The two sweeps: the outbox relay's safety net and the pending timeout of registrations without a sale (CC-17). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfig.class);
    private static final Duration SWEEP_TIMEOUT = Duration.ofMinutes(1);

    private final KafkaOutboxRelay relay;
    private final RegistrationService registrations;
    private final RegistrationProperties properties;

    SchedulingConfig(KafkaOutboxRelay relay, RegistrationService registrations, RegistrationProperties properties) {
        this.relay = relay;
        this.registrations = registrations;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> run("outbox sweep", relay.sweep()), properties.outboxSweepInterval());
        registrar.addFixedDelayTask(() -> run("pending timeout sweep", registrations.expireWaiting()),
                properties.pendingSweepInterval());
    }

    private static void run(String name, Mono<Long> sweep) {
        try {
            Long handled = sweep.block(SWEEP_TIMEOUT);
            if (handled != null && handled > 0) {
                log.info("The {} handled {} registration(s)", name, handled);
            }
        } catch (RuntimeException failed) {
            log.warn("The {} failed and runs again later: {}", name, failed.toString());
        }
    }
}
