package io.warrantycare.registration;

/**
 * No registrable product for this NI, or a card token that does not prove one: both answer the same so that a forged
 * token learns nothing.
 */
public class UnknownProductException extends RuntimeException {

    public UnknownProductException() {
        super("Unknown product");
    }
}
