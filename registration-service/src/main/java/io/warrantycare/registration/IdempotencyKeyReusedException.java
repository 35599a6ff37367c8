package io.warrantycare.registration;

/** An Idempotency-Key came back with a different body; answered 422 IDEMPOTENCY_KEY_REUSED. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("Idempotency key reused with a different request");
    }
}
