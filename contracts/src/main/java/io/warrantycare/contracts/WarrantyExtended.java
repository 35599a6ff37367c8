package io.warrantycare.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The once-only extension was activated (CC-3, CC-9); the decision record names the policy version and rule ids. */
public record WarrantyExtended(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String registrationId,
        String ni,
        String customerId,
        LocalDate coverageEnd,
        String policyId,
        int policyVersion,
        List<String> rules) implements DomainEvent {

    @Override
    public String partitionKey() {
        return ni;
    }
}
