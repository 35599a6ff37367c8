package io.warrantycare.contracts;

import java.time.Instant;

/**
 * A well-formed withdrawal request (POST /api/consents/withdrawals) is to be confirmed to the address it names, known or
 * not (crm.messages.v1, for notification-service only: it carries contact data and is not part of the marketing feed).
 * {@code email} is the normalised address; {@code language} is the known customer's tag, null for an unknown address.
 */
public record WithdrawalConfirmationRequested(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String requestId,
        String email,
        String language,
        String purpose) implements DomainEvent {

    @Override
    public String partitionKey() {
        return requestId;
    }
}
