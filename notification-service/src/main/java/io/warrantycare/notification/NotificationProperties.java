package io.warrantycare.notification;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.*}: the sender address, the retry policy of mail delivery and brand display names.
 *
 * @param mail who the customer sees as the sender
 * @param retry how failed deliveries are retried before they are marked FAILED
 * @param brandNames display names by brand code (e.g. CARTIER: Cartier); other codes are title-cased
 * @param kafka redeliveries of a failing Kafka record before it goes to the dead-letter topic
 */
@ConfigurationProperties("notification")
public record NotificationProperties(Mail mail, Retry retry, Map<String, String> brandNames, Kafka kafka) {

    public NotificationProperties {
        mail = mail == null ? new Mail(null, null) : mail;
        retry = retry == null ? new Retry(0, null, 0, null, null, null, 0) : retry;
        brandNames = brandNames == null ? Map.of() : Map.copyOf(brandNames);
        kafka = kafka == null ? new Kafka(-1, null) : kafka;
    }

    /**
     * @param retries redeliveries of a failing record before it is dead-lettered
     * @param interval the pause between them
     */
    public record Kafka(int retries, Duration interval) {

        public Kafka {
            retries = retries < 0 ? 3 : retries;
            interval = interval == null ? Duration.ofMillis(200) : interval;
        }
    }

    /**
     * @param from the envelope and header sender address
     * @param fromName the sender's display name
     */
    public record Mail(String from, String fromName) {

        public Mail {
            from = from == null || from.isBlank() ? "no-reply@warrantycare.local" : from;
            fromName = fromName == null || fromName.isBlank() ? "Warranty Care" : fromName;
        }
    }

    /**
     * @param maxAttempts sending attempts in all, the first included; after the last failure the entry is FAILED
     * @param initialBackoff the wait after the first failure
     * @param backoffMultiplier each further wait is the previous one times this
     * @param maxBackoff the longest wait between two attempts
     * @param sweepInterval how often due retries (and abandoned PENDING entries) are looked for
     * @param claimLease how long an attempt owns an entry; an entry whose sender died is picked up again after it
     * @param sweepBatch at most this many entries per sweep
     */
    public record Retry(int maxAttempts, Duration initialBackoff, double backoffMultiplier, Duration maxBackoff,
            Duration sweepInterval, Duration claimLease, int sweepBatch) {

        public Retry {
            maxAttempts = maxAttempts < 1 ? 5 : maxAttempts;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
            backoffMultiplier = backoffMultiplier < 1 ? 2 : backoffMultiplier;
            maxBackoff = maxBackoff == null ? Duration.ofMinutes(5) : maxBackoff;
            sweepInterval = sweepInterval == null ? Duration.ofSeconds(1) : sweepInterval;
            claimLease = claimLease == null ? Duration.ofMinutes(1) : claimLease;
            sweepBatch = sweepBatch < 1 ? 20 : sweepBatch;
        }
    }
}
