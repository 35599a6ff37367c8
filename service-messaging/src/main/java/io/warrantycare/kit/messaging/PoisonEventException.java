package io.warrantycare.kit.messaging;

/**
 * A record that can never be handled, however often it is redelivered (a known type with an impossible value): it
 * goes to the dead-letter topic at once, without retries.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
