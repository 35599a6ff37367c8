package io.warrantycare.crm;

/** The latest contact details a customer gave. Personal data: never logged, removed on erasure. */
public record Contact(
        String givenName,
        String familyName,
        String email,
        String phone,
        String country,
        String language) {
}
