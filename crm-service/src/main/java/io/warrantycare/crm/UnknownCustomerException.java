package io.warrantycare.crm;

/** No customer has this id (API.md: 404 UNKNOWN_CUSTOMER). */
public class UnknownCustomerException extends RuntimeException {

    public UnknownCustomerException(String customerId) {
        super("No customer " + customerId);
    }
}
