package io.warrantycare.notification;

import org.slf4j.MDC;

/** Puts the saga's correlation id in the log MDC around a piece of work, whatever thread runs it. */
public final class Correlation {

    public static final String MDC_KEY = "correlationId";

    public static void run(String correlationId, Runnable work) {
        String previous = MDC.get(MDC_KEY);
        if (correlationId != null) {
            MDC.put(MDC_KEY, correlationId);
        }
        try {
            work.run();
        } finally {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }

    private Correlation() {
    }
}
