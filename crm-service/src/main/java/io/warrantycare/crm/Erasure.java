package io.warrantycare.crm;

import java.time.Instant;

/** Audit of an erasure: when, by whom (gateway-forwarded partner subject) and under which correlation id. */
public record Erasure(Instant at, String by, String correlationId) {
}
