package io.warrantycare.notification;

/**
 * An event that can never be processed (unreadable JSON, a missing key, an unknown status): retrying is useless, so
 * the Kafka error handler sends the record straight to the dead-letter topic. The message never holds personal data.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
