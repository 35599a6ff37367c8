package io.warrantycare.notification.config;

import io.warrantycare.notification.NotificationProperties;
import io.warrantycare.notification.Notifications;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The retry sweep: every {@code notification.retry.sweep-interval} it sends the entries whose back-off is over. The
 * state lives in MongoDB, so retries continue after a restart and several instances share the work (claims are atomic).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfig.class);

    private final Notifications notifications;
    private final NotificationProperties properties;

    SchedulingConfig(Notifications notifications, NotificationProperties properties) {
        this.notifications = notifications;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration interval = properties.retry().sweepInterval();
        Duration timeout = properties.retry().claimLease().plusSeconds(30);
        registrar.addFixedDelayTask(() -> {
            try {
                notifications.retryDue().block(timeout);
            } catch (RuntimeException failure) {
                log.warn("Retry sweep failed, next one in {}: {}", interval, failure.getClass().getSimpleName());
            }
        }, interval);
    }
}
