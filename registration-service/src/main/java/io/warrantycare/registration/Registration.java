package io.warrantycare.registration;

import io.warrantycare.contracts.CustomerDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One registration and its saga state; the single document every transition updates, together with the events
 * that transition emits ({@code outbox}). {@code customer} holds personal data: never logged, erased on request.
 */
@Document("registrations")
public record Registration(
        @Id String id,
        String ni,
        RegistrationStatus status,
        Stage stage,
        String outcome,
        String reason,
        String ownership,
        CustomerDetails customer,
        boolean marketingConsent,
        String privacyNoticeVersion,
        ClaimedProof proof,
        boolean proofVerified,
        String brand,
        LocalDate registeredOn,
        Instant createdAt,
        Instant pendingUntil,
        String customerId,
        LocalDate coverageEnd,
        Instant completedAt,
        Instant erasedAt,
        String idempotencyKey,
        String requestHash,
        String correlationId,
        List<OutboxEntry> outbox) {

    boolean awaitingSale() {
        return status == RegistrationStatus.PENDING && stage == Stage.AWAITING_SALE;
    }

    boolean submitted() {
        return status == RegistrationStatus.PENDING
                && (stage == Stage.AWAITING_ENROLLMENT || stage == Stage.AWAITING_WARRANTY);
    }

    Registration withOutbox(List<OutboxEntry> entries) {
        return new Registration(id, ni, status, stage, outcome, reason, ownership, customer, marketingConsent,
                privacyNoticeVersion, proof, proofVerified, brand, registeredOn, createdAt, pendingUntil, customerId,
                coverageEnd, completedAt, erasedAt, idempotencyKey, requestHash, correlationId, List.copyOf(entries));
    }

    /** Possession proven against a declared sale: on to CRM. */
    Registration submittedFor(String productBrand) {
        return new Registration(id, ni, status, Stage.AWAITING_ENROLLMENT, outcome, reason, ownership, customer,
                marketingConsent, privacyNoticeVersion, proof, true, productBrand, registeredOn, createdAt, pendingUntil,
                customerId, coverageEnd, completedAt, erasedAt, idempotencyKey, requestHash, correlationId, outbox);
    }

    Registration rejectedBeforeSubmission(String rejection, String productBrand, boolean possessionProven, Instant now) {
        return new Registration(id, ni, RegistrationStatus.REJECTED, Stage.DONE, null, rejection, ownership, customer,
                marketingConsent, privacyNoticeVersion, proof, possessionProven, productBrand, registeredOn, createdAt,
                pendingUntil, customerId, coverageEnd, now, erasedAt, idempotencyKey, requestHash, correlationId, outbox);
    }
}
