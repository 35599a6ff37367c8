package io.warrantycare.notification;

import java.time.Duration;

/** Exponential back-off between sending attempts, capped, with a bounded number of attempts. */
record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {

    static RetryPolicy of(NotificationProperties.Retry retry) {
        return new RetryPolicy(retry.maxAttempts(), retry.initialBackoff(), retry.backoffMultiplier(), retry.maxBackoff());
    }

    /** The wait after the given number of failed attempts: initial, initial × multiplier, … up to the cap. */
    Duration delayAfter(int failedAttempts) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(Math.round(millis));
    }

    boolean exhausted(int attemptsMade) {
        return attemptsMade >= maxAttempts;
    }
}
