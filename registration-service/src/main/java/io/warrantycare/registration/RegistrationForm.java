package io.warrantycare.registration;

/**
 * The body of {@code POST /api/registrations} as received (API.md): text where the customer typed it, so that every
 * problem is answered as a field error rather than a parse failure.
 */
public record RegistrationForm(
        String ni,
        String cardToken,
        String purchaseDate,
        String ownership,
        Customer customer,
        Consents consents) {

    public record Customer(String givenName, String familyName, String email, String phone, String country,
            String language) {
    }

    public record Consents(Boolean marketing, String privacyNoticeVersion) {
    }
}
