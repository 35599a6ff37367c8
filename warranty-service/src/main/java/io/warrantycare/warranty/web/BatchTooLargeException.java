package io.warrantycare.warranty.web;

/** A batch with more records than allowed (API: 413 PAYLOAD_TOO_LARGE). */
class BatchTooLargeException extends RuntimeException {

    BatchTooLargeException(int max) {
        super("A batch holds at most " + max + " declarations");
    }
}
