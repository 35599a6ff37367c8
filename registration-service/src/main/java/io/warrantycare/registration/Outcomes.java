package io.warrantycare.registration;

/** The outcome and reason codes of API.md that registration-service decides or records. */
final class Outcomes {

    public static final String EXTENSION_ACTIVATED = "EXTENSION_ACTIVATED";
    public static final String ALREADY_EXTENDED = "ALREADY_EXTENDED";
    public static final String PROOF_OF_POSSESSION_FAILED = "PROOF_OF_POSSESSION_FAILED";
    public static final String SALE_VOIDED = "SALE_VOIDED";
    public static final String UNKNOWN_PRODUCT = "UNKNOWN_PRODUCT";

    private Outcomes() {
    }
}
