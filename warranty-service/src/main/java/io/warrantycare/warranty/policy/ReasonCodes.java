package io.warrantycare.warranty.policy;

/**
 * The reason codes the engine answers with. Codes written in the policy documents (a rule's {@code reason}) are
 * data; the ones here are either fixed by the engine or used by the documents shipped with it.
 */
public final class ReasonCodes {

    /** The brand's longer warranty needs no registration, or the brand has no extension (API.md). */
    public static final String NO_EXTENSION_PROGRAM = "NO_EXTENSION_PROGRAM";
    /** Category or line outside the program (CC-6, CC-7, WB-5). */
    public static final String NOT_ELIGIBLE_PRODUCT = "NOT_ELIGIBLE_PRODUCT";
    /** Bought through a channel the program does not cover (WB-5: authorised dealers and boutiques only). */
    public static final String NOT_ELIGIBLE_CHANNEL = "NOT_ELIGIBLE_CHANNEL";
    /** Registration after the deadline, or a window that closed before the program opened (CC-4, CC-5). */
    public static final String REGISTRATION_WINDOW_CLOSED = "REGISTRATION_WINDOW_CLOSED";
    /** Registration dated before the program's launch (CC-1). */
    public static final String PROGRAM_NOT_LAUNCHED = "PROGRAM_NOT_LAUNCHED";
    /** No purchase date: no warranty can start. */
    public static final String NO_PURCHASE_DATE = "NO_PURCHASE_DATE";
    /** Neither invoice nor production date (AP-2, AP-4). */
    public static final String NO_PROOF_OF_PURCHASE = "NO_PROOF_OF_PURCHASE";
    /** The warranty card lacks the dealer's name or the purchase date (SK-1). */
    public static final String INVALID_WARRANTY_CARD = "INVALID_WARRANTY_CARD";
    /** The watch's caliber or case number differs from the card's (SK-2). */
    public static final String CARD_MISMATCH = "CARD_MISMATCH";
    /** The intervention is excluded from the warranty (CC-10, AP-4). */
    public static final String EXCLUDED_INTERVENTION = "EXCLUDED_INTERVENTION";
    /** The date is after the coverage end. */
    public static final String COVERAGE_EXPIRED = "COVERAGE_EXPIRED";
    /** The date is before the warranty start. */
    public static final String BEFORE_WARRANTY_START = "BEFORE_WARRANTY_START";
    /** Covered by the base warranty. */
    public static final String COVERED_BY_WARRANTY = "COVERED_BY_WARRANTY";
    /** Covered by the registration extension. */
    public static final String COVERED_BY_EXTENSION = "COVERED_BY_EXTENSION";
    /** Same fault again soon after a repair: re-repaired free, even after the end (AP-5). */
    public static final String SAME_FAULT_RE_REPAIR = "SAME_FAULT_RE_REPAIR";
    /** A part replaced by a repair fails within its own warranty (AP-5). */
    public static final String REPLACED_PART_WARRANTY = "REPLACED_PART_WARRANTY";
    /** An installation fault soon after the installation visit (AP-5). */
    public static final String INSTALLATION_FAULT_WARRANTY = "INSTALLATION_FAULT_WARRANTY";

    private ReasonCodes() {
    }
}
