package io.warrantycare.warranty;

/** No live sale is known under this NI (API: 404 UNKNOWN_PRODUCT). */
public class UnknownProductException extends RuntimeException {

    public UnknownProductException(String ni) {
        super("No declared product under NI " + ni);
    }
}
