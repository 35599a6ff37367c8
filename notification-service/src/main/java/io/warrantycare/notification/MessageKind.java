package io.warrantycare.notification;

import io.warrantycare.contracts.RegistrationCompleted;

/** What the customer is told: one message per final registration state. */
public enum MessageKind {
    EXTENSION_ACTIVATED,
    ALREADY_EXTENDED,
    REJECTED;

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
