package io.warrantycare.notification;

import io.warrantycare.contracts.CustomerErased;
import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.WithdrawalConfirmationRequested;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The application service: records each message to send in the delivery log (the insert is the idempotency gate),
 * sends it, retries failures with back-off from a sweep (so retries survive a restart), and erases personal data.
 * Nothing here logs an address or a name; entries are named in logs by their id (registration or request id + kind).
 */
@Service
public class Notifications {

    static final String RECIPIENT_ERASED = "RECIPIENT_ERASED: the customer's personal data was erased";
    static final String NO_RECIPIENT = "NO_RECIPIENT: the event carried no e-mail address";
    static final String MARKETING = "MARKETING";
    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final int MAX_ERROR_LENGTH = 400;

    private final DeliveryLog deliveryLog;
    private final ErasedCustomers erasedCustomers;
    private final MailCourier courier;
    private final RetryPolicy retryPolicy;
    private final NotificationProperties.Retry retry;
    private final Clock clock;

    public Notifications(ReactiveMongoTemplate mongo, JavaMailSender mailSender, NotificationProperties properties,
            Clock clock) {
        this.deliveryLog = new DeliveryLog(mongo);
        this.erasedCustomers = new ErasedCustomers(mongo);
        this.courier = new MailCourier(mailSender,
                new MessageRenderer(Templates.load(), new BrandNames(properties.brandNames(), properties.mail().fromName())),
                properties.mail());
        this.retry = properties.retry();
        this.retryPolicy = RetryPolicy.of(retry);
        this.clock = clock;
    }

    /**
     * Records the customer's message for a final registration state and starts sending it without waiting for SMTP:
     * once the entry is stored, the sweep guarantees the attempt even if this process dies.
     */
    public Mono<Void> notify(RegistrationCompleted event, String correlationId) {
        if (event.registrationId() == null || event.registrationId().isBlank()) {
            return Mono.error(new InvalidEventException("RegistrationCompleted without registrationId"));
        }
        return Mono.fromCallable(() -> MessageKind.of(event))
                .flatMap(kind -> {
                    Instant now = clock.instant();
                    return record(Delivery.pending(event, kind, correlationId, now, now.plus(retry.claimLease())));
                });
    }

    /**
     * Records and starts the neutral confirmation of a consent withdrawal (API.md: confirmed to the address, never
     * revealing whether it is known), in the language crm-service found for the address, else English. The texts speak
     * of marketing messages, so another purpose cannot be confirmed with them and is refused as invalid.
     */
    public Mono<Void> confirmWithdrawal(WithdrawalConfirmationRequested event, String correlationId) {
        if (event.requestId() == null || event.requestId().isBlank()) {
            return Mono.error(new InvalidEventException("WithdrawalConfirmationRequested without requestId"));
        }
        if (!MARKETING.equals(event.purpose())) {
            return Mono.error(new InvalidEventException("WithdrawalConfirmationRequested for a purpose without texts"));
        }
        Instant now = clock.instant();
        return record(Delivery.withdrawalConfirmation(event, correlationId, now, now.plus(retry.claimLease())));
    }

    private Mono<Void> record(Delivery entry) {
        return deliveryLog.insert(entry)
                .flatMap(this::startDelivery)
                .onErrorResume(DuplicateKeyException.class, duplicate -> {
                    Correlation.run(entry.correlationId(), () -> log.info(
                            "{} was already recorded; redelivered event ignored", entry.id()));
                    return Mono.empty();
                });
    }

    private Mono<Void> startDelivery(Delivery entry) {
        return erasedCustomers.contains(entry.customerId()).flatMap(erased -> {
            if (erased) {
                Instant now = clock.instant();
                return deliveryLog.erase(entry.customerId(), now)
                        .then(deliveryLog.failed(entry, entry.attempts(), RECIPIENT_ERASED, now))
                        .doOnSuccess(done -> Correlation.run(entry.correlationId(), () -> log.info(
                                "{} for registration {} not sent: the customer was erased", entry.kind(),
                                entry.registrationId())));
            }
            attempt(entry).subscribe(null, failure -> Correlation.run(entry.correlationId(), () ->
                    log.warn("Recording the delivery of {} failed; the sweep will retry: {}", entry.id(),
                            failure.getClass().getSimpleName())));
            return Mono.empty();
        });
    }

    /** Sends every due RETRYING entry (and PENDING ones whose sender's lease ran out), at most one batch per call. */
    public Mono<Long> retryDue() {
        return Flux.range(0, retry.sweepBatch())
                .concatMap(ignored -> Mono.defer(() -> {
                    Instant now = clock.instant();
                    return deliveryLog.claimDue(now, now.plus(retry.claimLease()));
                }).flatMap(entry -> attempt(entry).thenReturn(true)).defaultIfEmpty(false))
                .takeWhile(Boolean::booleanValue)
                .count();
    }

    Mono<Void> attempt(Delivery entry) {
        if (entry.email() == null) {
            return deliveryLog.failed(entry, entry.attempts(), entry.erasedAt() != null ? RECIPIENT_ERASED : NO_RECIPIENT,
                    clock.instant());
        }
        int attempt = entry.attempts() + 1;
        return courier.send(entry)
                .thenReturn(true)
                .onErrorResume(failure -> recordFailure(entry, attempt, failure).thenReturn(false))
                .flatMap(sent -> sent
                        ? deliveryLog.sent(entry, attempt, clock.instant()).doOnSuccess(done -> Correlation.run(
                                entry.correlationId(), () -> log.info("Mailed {} in {} (attempt {})", entry.id(),
                                        entry.language(), attempt)))
                        : Mono.empty());
    }

    private Mono<Void> recordFailure(Delivery entry, int attempt, Throwable failure) {
        String error = describe(failure);
        Instant now = clock.instant();
        if (retryPolicy.exhausted(attempt)) {
            return deliveryLog.failed(entry, attempt, error, now).doOnSuccess(done -> Correlation.run(
                    entry.correlationId(), () -> log.warn("Giving up {} after {} attempts: {}", entry.id(), attempt, error)));
        }
        Instant next = now.plus(retryPolicy.delayAfter(attempt));
        return deliveryLog.retrying(entry, attempt, error, next, now).doOnSuccess(done -> Correlation.run(
                entry.correlationId(), () -> log.info("Sending {} failed (attempt {}), retrying at {}: {}", entry.id(),
                        attempt, next, error)));
    }

    /** The error as stored and logged: exception types and messages, addresses redacted, bounded in length. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
        if (failure.getMessage() != null) {
            text.append(": ").append(failure.getMessage());
        }
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure && (failure.getMessage() == null || !failure.getMessage().contains(cause.getClass().getSimpleName()))) {
            text.append(" (").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
            text.append(')');
        }
        String redacted = Emails.redact(text.toString().replaceAll("\\s+", " "));
        return redacted.length() <= MAX_ERROR_LENGTH ? redacted : redacted.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    /** Forgets the customer's address and name in every delivery log entry, and any entry that arrives later. */
    public Mono<Void> erase(CustomerErased event, String correlationId) {
        if (event.customerId() == null || event.customerId().isBlank()) {
            return Mono.error(new InvalidEventException("CustomerErased without customerId"));
        }
        Instant now = clock.instant();
        return erasedCustomers.remember(event.customerId(), event.eventId(), now)
                .then(deliveryLog.erase(event.customerId(), now))
                .doOnNext(count -> Correlation.run(correlationId, () -> log.info(
                        "Erased the personal data of customer {} from {} delivery log entries", event.customerId(), count)))
                .then();
    }

    public Flux<Delivery> deliveriesOf(String registrationId) {
        return deliveryLog.ofRegistration(registrationId);
    }
}
