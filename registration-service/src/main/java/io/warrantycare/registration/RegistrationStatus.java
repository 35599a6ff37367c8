package io.warrantycare.registration;

/** The saga status API.md exposes. */
public enum RegistrationStatus {
    PENDING, COMPLETED, REJECTED
}
