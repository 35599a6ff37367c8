package io.warrantycare.notification.web;

/** A request that fails validation: rendered as 400 VALIDATION_FAILED with one field error. */
class InvalidRequestException extends RuntimeException {

    private final String field;
    private final String code;

    InvalidRequestException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    String field() {
        return field;
    }

    String code() {
        return code;
    }
}
