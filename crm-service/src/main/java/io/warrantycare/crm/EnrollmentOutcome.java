package io.warrantycare.crm;

/** What handling one RegistrationSubmitted did; ids only, so that it can be logged. */
public record EnrollmentOutcome(String registrationId, String customerId, Decision decision, boolean consentGranted) {

    public enum Decision {
        APPROVED,
        REJECTED,
        ALREADY_DECIDED
    }

    static EnrollmentOutcome alreadyDecided(String registrationId, String customerId) {
        return new EnrollmentOutcome(registrationId, customerId, Decision.ALREADY_DECIDED, false);
    }
}
