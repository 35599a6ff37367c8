package io.warrantycare.registration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the registration saga.
 *
 * @param pendingTimeout how long a registration waits for its sale declaration before UNKNOWN_PRODUCT (CC-17)
 * @param pendingSweepInterval how often waiting registrations are checked against that timeout
 * @param outboxSweepInterval how often outbox entries left behind (crash between write and send) are republished
 * @param outboxGrace how old an outbox entry must be before the sweep takes it over from the immediate relay
 * @param sendTimeout how long one publication may wait for the broker's acknowledgement
 * @param maxRequestSize the largest request body accepted (413 above)
 * @param privacyNoticeVersion the privacy notice the registration page presents and sends with each registration
 */
@ConfigurationProperties("warrantycare.registration")
public record RegistrationProperties(
        Duration pendingTimeout,
        Duration pendingSweepInterval,
        Duration outboxSweepInterval,
        Duration outboxGrace,
        Duration sendTimeout,
        DataSize maxRequestSize,
        String privacyNoticeVersion) {

    public RegistrationProperties {
        pendingTimeout = pendingTimeout == null ? Duration.ofHours(24) : pendingTimeout;
        pendingSweepInterval = pendingSweepInterval == null ? Duration.ofSeconds(30) : pendingSweepInterval;
        outboxSweepInterval = outboxSweepInterval == null ? Duration.ofSeconds(2) : outboxSweepInterval;
        outboxGrace = outboxGrace == null ? Duration.ofSeconds(1) : outboxGrace;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(5) : sendTimeout;
        maxRequestSize = maxRequestSize == null ? DataSize.ofKilobytes(16) : maxRequestSize;
        privacyNoticeVersion = privacyNoticeVersion == null ? "2026-01" : privacyNoticeVersion;
    }
}
