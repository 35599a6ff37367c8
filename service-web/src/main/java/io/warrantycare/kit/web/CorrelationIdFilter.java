package io.warrantycare.kit.web;

import io.warrantycare.contracts.EventHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Starts or adopts the request's correlation id, echoes it, and writes it into the Reactor context; the MDC accessor
 * registered by the kit carries it onto every log line the request causes, reactive threads included.
 */
public class CorrelationIdFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = CorrelationIds.accept(
                exchange.getRequest().getHeaders().getFirst(EventHeaders.HTTP_CORRELATION_ID));
        exchange.getAttributes().put(CorrelationIds.KEY, correlationId);
        exchange.getResponse().getHeaders().set(EventHeaders.HTTP_CORRELATION_ID, correlationId);
        return chain.filter(exchange).contextWrite(context -> context.put(CorrelationIds.KEY, correlationId));
    }
}
