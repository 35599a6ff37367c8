package io.warrantycare.registration;

/** Where a PENDING registration waits; every transition is a conditional update from the expected stage. */
public enum Stage {
    /** The customer was faster than the boutique (CC-17): no sale declared yet for the NI. */
    AWAITING_SALE,
    /** Submitted; crm-service decides on consent (CC-12). */
    AWAITING_ENROLLMENT,
    /** Approved by crm-service; warranty-service applies the policy and the once-only extension (CC-9). */
    AWAITING_WARRANTY,
    DONE
}
