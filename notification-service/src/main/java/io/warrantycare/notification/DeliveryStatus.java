package io.warrantycare.notification;

/** PENDING → SENT, or → RETRYING → … → SENT | FAILED; FAILED is the dead letter of delivery, kept for support. */
public enum DeliveryStatus {
    PENDING,
    RETRYING,
    SENT,
    FAILED
}
