package io.warrantycare.gateway.web;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.gateway.CorrelationIds;

/**
 * Gives every request a correlation id before anything else can answer it, forwards it downstream and
 * returns it on the response, including the gateway's own error answers.
 */
@Component
class CorrelationIdFilter implements WebFilter, Ordered {

    static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String header = EventHeaders.HTTP_CORRELATION_ID;
        String id = CorrelationIds.acceptOrGenerate(exchange.getRequest().getHeaders().getFirst(header));
        exchange.getAttributes().put(ATTRIBUTE, id);
        // Set at commit time so the id replaces any copy a downstream service echoed.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(header, id);
            return Mono.empty();
        });
        ServerWebExchange forwarded = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(header, id)))
                .build();
        return chain.filter(forwarded);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
