package io.warrantycare.warranty.policy;

import java.time.LocalDate;

/**
 * Whether a registration extension can be activated, until when, for how many years, the end it would give, and
 * the rejection code when it cannot ({@code NOT_ELIGIBLE_PRODUCT}, {@code REGISTRATION_WINDOW_CLOSED},
 * {@code NO_EXTENSION_PROGRAM}, ...).
 */
public record ExtensionTerms(boolean eligible, LocalDate deadline, int years, LocalDate extendedEnd, String reason) {
}
