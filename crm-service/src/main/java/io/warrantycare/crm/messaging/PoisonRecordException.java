package io.warrantycare.crm.messaging;

/**
 * A record that can never be handled (not JSON, or missing what the contract requires): not retried, it goes straight
 * to the dead-letter topic. The message names the problem only, never the record's content (personal data).
 */
public class PoisonRecordException extends RuntimeException {

    PoisonRecordException(String message) {
        super(message);
    }
}
