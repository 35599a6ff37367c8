package io.warrantycare.kit.web;

/**
 * The codes of the mistakes every route can meet, whatever the service: the same mistake gets the same status and
 * code everywhere. Services add their own domain codes; {@code docs/errors.md} lists them all.
 */
public final class ErrorCodes {

    /** 400: the body is not JSON, or is empty where one is required. */
    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
    /** 400: readable JSON, but a field has the wrong type, an unknown value, or breaks a constraint. */
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    /** 401: no valid bearer token on a partner route. */
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    /** 403: the token's role or claims do not allow this. */
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    /** 503: the service's own database does not answer; nothing was stored. */
    public static final String STORE_UNAVAILABLE = "STORE_UNAVAILABLE";
    /** 503 at the gateway: the service behind a route does not answer. */
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    /** Field-level codes, in {@code errors[].code}. */
    public static final String FIELD_REQUIRED = "REQUIRED";
    /** The value does not have the required form (an NI, a country code, an e-mail address, a pattern). */
    public static final String FIELD_INVALID_FORMAT = "INVALID_FORMAT";
    /** The value has the wrong JSON type, is not one of the allowed values, or is out of range. */
    public static final String FIELD_INVALID_VALUE = "INVALID_VALUE";
    public static final String FIELD_TOO_LONG = "TOO_LONG";

    private ErrorCodes() {
    }
}
