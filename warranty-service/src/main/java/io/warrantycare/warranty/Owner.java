package io.warrantycare.warranty;

import java.time.Instant;

/** An owner who registered the watch (CC-8): buyer, gift recipient or a later owner. No personal data, only the id. */
public record Owner(String customerId, String registrationId, String ownership, Instant at) {
}
