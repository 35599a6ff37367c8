package io.warrantycare.registration;

/** No registration has this id (or the id cannot be one). */
public class UnknownRegistrationException extends RuntimeException {

    public UnknownRegistrationException() {
        super("Unknown registration");
    }
}
