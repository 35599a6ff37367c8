package io.warrantycare.contracts;

import java.util.List;

/**
 * Every topic, declared once, with its single writer, its key and the events it carries.
 * Names follow {@code <owner>.<stream>.v<N>}; changes are additive, consumers ignore unknown fields.
 */
public final class Topics {

    /** Writer warranty-service; key NI; SaleDeclared, SaleVoided, CardReprinted. */
    public static final String PRODUCTS = "warranty.products.v1";

    /** Writer registration-service; key NI; RegistrationSubmitted, RegistrationCompleted. */
    public static final String REGISTRATIONS = "registration.registrations.v1";

    /** Writer crm-service; key NI; EnrollmentApproved, EnrollmentRejected. */
    public static final String ENROLLMENT = "crm.enrollment.v1";

    /** Writer crm-service; key customer id; ConsentGranted, ConsentWithdrawn, CustomerErased (the marketing feed). */
    public static final String CONSENT = "crm.consent.v1";

    /**
     * Writer crm-service; key request id; WithdrawalConfirmationRequested. Carries contact data for notification-service
     * only, never the marketing feed.
     */
    public static final String CRM_MESSAGES = "crm.messages.v1";

    /** Writer warranty-service; key NI; WarrantyExtended, OwnershipRecorded, ExtensionRejected. */
    public static final String WARRANTIES = "warranty.warranties.v1";

    /** Poison records land on {@code <topic>.dlt} after bounded retries. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> ALL = List.of(PRODUCTS, REGISTRATIONS, ENROLLMENT, CONSENT, WARRANTIES,
            CRM_MESSAGES);

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
