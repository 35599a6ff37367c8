package io.warrantycare.registration;

import org.slf4j.MDC;

/**
 * The saga's correlation id in the logs. Reactive code hops threads, so the id is put into the MDC around each log
 * statement (and around each Kafka record) instead of being left on a thread.
 */
public final class Correlation {

    public static final String MDC_KEY = "correlationId";

    private Correlation() {
    }

    public static void run(String correlationId, Runnable action) {
        if (correlationId == null) {
            action.run();
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, correlationId)) {
            action.run();
        }
    }
}
