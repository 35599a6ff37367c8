package io.warrantycare.contracts;

/** The contact details a customer gives when registering (CC-11). Personal data: never logged. */
public record CustomerDetails(
        String givenName,
        String familyName,
        String email,
        String phone,
        String country,
        String language) {
}
