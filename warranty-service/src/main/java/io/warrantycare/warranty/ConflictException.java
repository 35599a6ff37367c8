package io.warrantycare.warranty;

/** The request contradicts the stored state (API: 409 with a code such as NI_ALREADY_DECLARED). */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
