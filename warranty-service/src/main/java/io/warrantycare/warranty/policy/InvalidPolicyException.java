package io.warrantycare.warranty.policy;

/** A policy document that cannot be read or breaks a rule of the format; the message names the document and rule. */
public class InvalidPolicyException extends RuntimeException {

    public InvalidPolicyException(String message) {
        super(message);
    }

    public InvalidPolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
