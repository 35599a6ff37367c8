package io.warrantycare.notification;

import io.warrantycare.contracts.RegistrationCompleted;

/**
 * What is said: one message per final registration state, and the neutral confirmation of a consent withdrawal, which
 * goes to an address that may or may not belong to a customer.
 */
public enum MessageKind {
    EXTENSION_ACTIVATED,
    ALREADY_EXTENDED,
    REJECTED,
    WITHDRAWAL_CONFIRMATION;

    /** Registration outcomes carry a registration and a customer id; a withdrawal confirmation carries neither. */
    boolean registrationOutcome() {
        return this != WITHDRAWAL_CONFIRMATION;
    }

    static MessageKind of(RegistrationCompleted event) {
        if ("REJECTED".equals(event.status())) {
            return REJECTED;
        }
        if ("COMPLETED".equals(event.status())) {
            if ("EXTENSION_ACTIVATED".equals(event.outcome())) {
                return EXTENSION_ACTIVATED;
            }
            if ("ALREADY_EXTENDED".equals(event.outcome())) {
                return ALREADY_EXTENDED;
            }
            throw new InvalidEventException("RegistrationCompleted with status COMPLETED has an unknown outcome");
        }
        throw new InvalidEventException("RegistrationCompleted has an unknown status");
    }
}
