package io.warrantycare.warranty;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The aggregate: everything about one watch (or appliance) under its canonical NI, changed only by single-document
 * conditional updates so that the rules needing uniqueness (one live sale per NI, one extension per watch, CC-9) are
 * enforced by the database. {@code revision} grows with every write and guards the updates that are not keyed by a
 * business condition. {@code outbox} holds the events of the writes not yet acknowledged by Kafka.
 */
@Document("products")
public record ProductDocument(
        @Id String ni,
        long revision,
        Sale sale,
        Extension extension,
        List<Owner> owners,
        List<VoidedSale> voidedSales,
        List<String> processedRegistrations,
        Card card,
        List<OutboxEntry> outbox) {

    public ProductDocument {
        owners = owners == null ? List.of() : owners;
        voidedSales = voidedSales == null ? List.of() : voidedSales;
        processedRegistrations = processedRegistrations == null ? List.of() : processedRegistrations;
        outbox = outbox == null ? List.of() : outbox;
    }

    public boolean hasLiveSale() {
        return sale != null;
    }

    boolean wasEverSold() {
        return sale != null || !voidedSales.isEmpty();
    }

    boolean processed(String registrationId) {
        return processedRegistrations.contains(registrationId);
    }

    int cardVersion() {
        return card == null ? 0 : card.version();
    }
}
