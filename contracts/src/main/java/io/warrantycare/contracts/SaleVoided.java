package io.warrantycare.contracts;

import java.time.Instant;

/** A sale was voided (return or exchange); any extension it carried is void and the NI may be declared again. */
public record SaleVoided(
        String eventId,
        Instant occurredAt,
        String correlationId,
        String ni,
        String reason) implements DomainEvent {

    @Override
    public String partitionKey() {
        return ni;
    }
}
