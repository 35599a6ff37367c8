package io.warrantycare.registration;

/** Who activates the extension: the buyer, a gift recipient or any later owner (CC-8). */
public enum Ownership {
    BUYER, GIFT_RECIPIENT, SUBSEQUENT_OWNER
}
