package io.warrantycare.contracts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Wire type ids: a short logical name per event record, so that renaming a package never breaks the wire.
 */
public final class EventTypes {

    private static final Map<String, Class<? extends DomainEvent>> BY_ID = new LinkedHashMap<>();
    private static final Map<Class<? extends DomainEvent>, String> BY_CLASS = new LinkedHashMap<>();

    static {
        register("SaleDeclared", SaleDeclared.class);
        register("SaleVoided", SaleVoided.class);
        register("CardReprinted", CardReprinted.class);
        register("RegistrationSubmitted", RegistrationSubmitted.class);
        register("RegistrationCompleted", RegistrationCompleted.class);
        register("EnrollmentApproved", EnrollmentApproved.class);
        register("EnrollmentRejected", EnrollmentRejected.class);
        register("ConsentGranted", ConsentGranted.class);
        register("ConsentWithdrawn", ConsentWithdrawn.class);
        register("CustomerErased", CustomerErased.class);
        register("WithdrawalConfirmationRequested", WithdrawalConfirmationRequested.class);
        register("WarrantyExtended", WarrantyExtended.class);
        register("OwnershipRecorded", OwnershipRecorded.class);
        register("ExtensionRejected", ExtensionRejected.class);
    }

    private static void register(String id, Class<? extends DomainEvent> type) {
        BY_ID.put(id, type);
        BY_CLASS.put(type, id);
    }

    public static String idOf(Class<? extends DomainEvent> type) {
        String id = BY_CLASS.get(type);
        if (id == null) {
            throw new IllegalArgumentException("No wire type id registered for " + type.getSimpleName());
        }
        return id;
    }

    public static Optional<Class<? extends DomainEvent>> typeOf(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    public static Map<String, Class<? extends DomainEvent>> all() {
        return Map.copyOf(BY_ID);
    }

    private EventTypes() {
    }
}
