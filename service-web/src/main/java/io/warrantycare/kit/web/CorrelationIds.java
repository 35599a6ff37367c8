package io.warrantycare.kit.web;

import io.warrantycare.contracts.EventHeaders;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The saga's correlation id on the HTTP side: taken from {@code X-Correlation-Id} (the gateway sets it) or started
 * here, kept as an exchange attribute and in the Reactor context under {@link #KEY}, which is also the MDC key, so it
 * is on every log line of the request, on any thread.
 */
public final class CorrelationIds {

    /** The exchange attribute, the Reactor context key and the MDC key. */
    public static final String KEY = EventHeaders.CORRELATION_ID;

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");

    /** The request's correlation id (the filter has set it before any controller runs). */
    public static String of(ServerWebExchange exchange) {
        String id = exchange.getAttribute(KEY);
        return id == null ? accept(exchange.getRequest().getHeaders().getFirst(EventHeaders.HTTP_CORRELATION_ID)) : id;
    }

    /** The correlation id of the reactive chain being run, for code that has no exchange at hand. */
    public static Mono<String> current() {
        return Mono.deferContextual(context -> Mono.just(context.getOrDefault(KEY, UUID.randomUUID().toString())));
    }

    static String accept(String given) {
        return given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    private CorrelationIds() {
    }
}
