package io.warrantycare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTests {

    private final RetryPolicy policy = RetryPolicy.of(new NotificationProperties.Retry(5, Duration.ofSeconds(1), 2,
            Duration.ofSeconds(5), null, null, 0));

    @Test
    void doublesTheWaitAfterEachFailureUpToTheCap() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void givesUpAfterTheConfiguredNumberOfAttempts() {
        assertThat(policy.exhausted(4)).isFalse();
        assertThat(policy.exhausted(5)).isTrue();
    }

    @Test
    void defaultsToFiveAttemptsStartingAtOneSecond() {
        NotificationProperties.Retry defaults = new NotificationProperties(null, null, null, null).retry();

        assertThat(defaults.maxAttempts()).isEqualTo(5);
        assertThat(RetryPolicy.of(defaults).delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(RetryPolicy.of(defaults).delayAfter(4)).isEqualTo(Duration.ofSeconds(8));
    }
}
