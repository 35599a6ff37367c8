package io.warrantycare.kit.web;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;
import reactor.core.publisher.Hooks;

/**
 * Carries the correlation id from the Reactor context into the MDC of whichever thread runs the next operator
 * (Micrometer context propagation), so that log lines written from reactive threads have it too.
 */
final class MdcCorrelation implements ThreadLocalAccessor<String> {

    private static volatile boolean installed;

    static synchronized void install() {
        if (!installed) {
            ContextRegistry.getInstance().registerThreadLocalAccessor(new MdcCorrelation());
            Hooks.enableAutomaticContextPropagation();
            installed = true;
        }
    }

    @Override
    public Object key() {
        return CorrelationIds.KEY;
    }

    @Override
    public String getValue() {
        return MDC.get(CorrelationIds.KEY);
    }

    @Override
    public void setValue(String value) {
        MDC.put(CorrelationIds.KEY, value);
    }

    @Override
    public void setValue() {
        MDC.remove(CorrelationIds.KEY);
    }
}
