package io.warrantycare.crm;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One well-formed withdrawal request, to be confirmed to the address it names whether or not a customer holds it
 * (API.md: never revealing whether the address is known). The address travels only in the outbox entry's payload, so
 * once the broker has acknowledged it the document keeps no personal data: the request id, purpose, time and
 * correlation id remain.
 */
@Document(WithdrawalConfirmation.COLLECTION)
public record WithdrawalConfirmation(
        @Id String id,
        String purpose,
        String correlationId,
        Instant createdAt,
        List<OutboxEntry> outbox) implements OutboxHolder {

    static final String COLLECTION = "withdrawalConfirmations";

    public WithdrawalConfirmation {
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }
}
