package io.warrantycare.warranty.policy;

/** No program is defined for the brand (API: 404 UNKNOWN_BRAND). */
public class UnknownBrandException extends RuntimeException {

    public UnknownBrandException(String brand) {
        super("No warranty program for brand " + brand);
    }
}
