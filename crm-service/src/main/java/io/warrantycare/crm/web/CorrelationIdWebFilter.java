package io.warrantycare.crm.web;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.crm.Correlation;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Takes the gateway's {@code X-Correlation-Id} (or makes one), echoes it, and keeps it for logs and events. */
@Component
class CorrelationIdWebFilter implements WebFilter, Ordered {

    static final String ATTRIBUTE = CorrelationIdWebFilter.class.getName() + ".correlationId";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String correlationId = Correlation.orNew(exchange.getRequest().getHeaders().getFirst(EventHeaders.HTTP_CORRELATION_ID));
        exchange.getAttributes().put(ATTRIBUTE, correlationId);
        exchange.getResponse().getHeaders().set(EventHeaders.HTTP_CORRELATION_ID, correlationId);
        return chain.filter(exchange);
    }

    static String of(ServerWebExchange exchange) {
        String correlationId = exchange.getAttribute(ATTRIBUTE);
        return correlationId != null ? correlationId : Correlation.orNew(null);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
