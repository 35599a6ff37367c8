package io.warrantycare.warranty.web;

import io.warrantycare.contracts.EventHeaders;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Takes the saga's correlation id from {@code X-Correlation-Id} (the gateway sets it) or starts one, echoes it, and
 * hands it to the controllers, which pass it to every event the request causes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {

    static final String ATTRIBUTE = "correlationId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(EventHeaders.HTTP_CORRELATION_ID);
        String correlationId = given != null && ACCEPTABLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, correlationId);
        exchange.getResponse().getHeaders().set(EventHeaders.HTTP_CORRELATION_ID, correlationId);
        return chain.filter(exchange).contextWrite(context -> context.put(ATTRIBUTE, correlationId));
    }
}
