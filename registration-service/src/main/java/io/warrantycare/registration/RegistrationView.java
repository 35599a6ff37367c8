package io.warrantycare.registration;

/** {@code GET /api/registrations/{id}}: the saga's state without personal data; no warranty before possession is proven. */
public record RegistrationView(String id, String ni, String status, String outcome, String reason, WarrantyView warranty) {
}
