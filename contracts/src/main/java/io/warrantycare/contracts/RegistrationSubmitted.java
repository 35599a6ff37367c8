package io.warrantycare.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registration passed the proof-of-possession check against a declared sale and asks CRM to decide enrollment.
 * {@code source} is QR (card token) or MANUAL (purchase date typed, CC-14).
 */
public record RegistrationSubmitted(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String registrationId,
        String ni,
        String ownership,
        LocalDate registeredOn,
        CustomerDetails customer,
        boolean marketingConsent,
        String privacyNoticeVersion,
        String source) implements DomainEvent {

    @Override
    public String partitionKey() {
        return ni;
    }
}
