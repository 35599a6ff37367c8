package io.warrantycare.notification;

import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.WithdrawalConfirmationRequested;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message to one address and its delivery history. The {@code _id} is the registration id (for a withdrawal
 * confirmation: the request id) plus the kind, so inserting it is the idempotency gate: a redelivered event hits the
 * unique {@code _id} and sends nothing. {@code email} and {@code givenName} are the only personal data; erasure removes
 * them and sets {@code erasedAt}. A withdrawal confirmation has no customer id for erasure to find, so its address is
 * removed as soon as the entry is SENT or FAILED.
 *
 * @param language the template language actually used (one of {@link Language}), {@code requestedLanguage} the tag the
 *     customer chose
 * @param nextAttemptAt when the retry sweep may pick the entry up: the back-off for RETRYING, the claim lease for
 *     PENDING (so that an entry whose sender died is retried), null once SENT or FAILED
 */
@Document("deliveries")
public record Delivery(
        @Id String id,
        String registrationId,
        String requestId,
        MessageKind kind,
        String eventId,
        String correlationId,
        String ni,
        String brand,
        String customerId,
        String email,
        String givenName,
        String language,
        String requestedLanguage,
        String coverageEnd,
        String reason,
        String purpose,
        DeliveryStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant nextAttemptAt,
        Instant sentAt,
        Instant erasedAt) {

    static String idOf(String registrationId, MessageKind kind) {
        return registrationId + ":" + kind.name();
    }

    static Delivery pending(RegistrationCompleted event, MessageKind kind, String correlationId, Instant now,
            Instant claimedUntil) {
        return new Delivery(idOf(event.registrationId(), kind), event.registrationId(), null, kind, event.eventId(),
                correlationId, event.ni(), event.brand(), event.customerId(), blankToNull(event.email()),
                blankToNull(event.givenName()), Language.resolve(event.language()).tag(), event.language(),
                event.coverageEnd() == null ? null : event.coverageEnd().toString(), event.reason(), null,
                DeliveryStatus.PENDING, 0, null, now, now, claimedUntil, null, null);
    }

    static Delivery withdrawalConfirmation(WithdrawalConfirmationRequested event, String correlationId, Instant now,
            Instant claimedUntil) {
        MessageKind kind = MessageKind.WITHDRAWAL_CONFIRMATION;
        return new Delivery(idOf(event.requestId(), kind), null, event.requestId(), kind, event.eventId(), correlationId,
                null, null, null, blankToNull(event.email()), null, Language.resolve(event.language()).tag(),
                event.language(), null, null, event.purpose(), DeliveryStatus.PENDING, 0, null, now, now, claimedUntil,
                null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
