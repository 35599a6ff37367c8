package io.warrantycare.crm;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The customer aggregate: one document per customer and one customer per normalised e-mail address ({@code emailKey},
 * unique in the database; after erasure a marker derived from the id). Everything that must change together lives
 * here so that each change is one atomic, conditional document update guarded by {@code revision}.
 */
@Document(Customer.COLLECTION)
public record Customer(
        @Id String id,
        String emailKey,
        Contact contact,
        Map<String, ConsentRecord> currentConsents,
        List<ConsentRecord> consentHistory,
        List<String> decidedRegistrations,
        List<OutboxEntry> outbox,
        long revision,
        Instant createdAt,
        Erasure erasure) implements OutboxHolder {

    static final String COLLECTION = "customers";
    static final String EMAIL_KEY = "emailKey";
    static final String CONTACT = "contact";
    static final String CURRENT_CONSENTS = "currentConsents";
    static final String CONSENT_HISTORY = "consentHistory";
    static final String DECIDED_REGISTRATIONS = "decidedRegistrations";
    static final String REVISION = "revision";
    static final String CREATED_AT = "createdAt";
    static final String ERASURE = "erasure";

    public Customer {
        currentConsents = currentConsents == null ? Map.of() : Map.copyOf(currentConsents);
        consentHistory = consentHistory == null ? List.of() : List.copyOf(consentHistory);
        decidedRegistrations = decidedRegistrations == null ? List.of() : List.copyOf(decidedRegistrations);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }

    public Optional<ConsentRecord> current(ConsentPurpose purpose) {
        return Optional.ofNullable(currentConsents.get(purpose.name()));
    }

    public boolean hasGranted(ConsentPurpose purpose) {
        return current(purpose).map(ConsentRecord::granted).orElse(false);
    }

    public boolean erased() {
        return erasure != null;
    }

    boolean hasDecided(String registrationId) {
        return decidedRegistrations.contains(registrationId);
    }

    Optional<String> country() {
        return Optional.ofNullable(contact).map(Contact::country);
    }

    Optional<String> language() {
        return Optional.ofNullable(contact).map(Contact::language);
    }

    /** Keeps the unique index meaningful after erasure without keeping anything that leads back to the address. */
    static String erasedEmailKey(String customerId) {
        return "erased:" + customerId;
    }
}
