package io.warrantycare.warranty;

import reactor.util.retry.Retry;

/** A conditional write found the document changed since it was read: read again and decide again. */
final class Contention extends RuntimeException {

    private static final int ATTEMPTS = 50;

    Contention() {
        super("The product document changed concurrently", null, false, false);
    }

    static Retry retry() {
        return Retry.max(ATTEMPTS).filter(Contention.class::isInstance);
    }
}
