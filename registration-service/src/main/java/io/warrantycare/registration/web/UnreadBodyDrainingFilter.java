package io.warrantycare.registration.web;

import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads and discards a request body that nobody read before the response is written (a 404, 405, 415 or a validation
 * error raised before the body was decoded). Left on a keep-alive connection, such a body stalls the next request
 * that the gateway sends over it. A body already read cannot be subscribed again and is skipped; a body refused for
 * its declared size is not drained but the connection is closed instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadBodyDrainingFilter implements WebFilter {

    private static final long DRAIN_LIMIT_BYTES = 4L * 1024 * 1024;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > DRAIN_LIMIT_BYTES) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            return chain.filter(exchange);
        }
        ServerHttpResponseDecorator draining = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                return drain(exchange).then(Mono.defer(() -> super.writeWith(body)));
            }

            @Override
            public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
                return drain(exchange).then(Mono.defer(() -> super.writeAndFlushWith(body)));
            }

            @Override
            public Mono<Void> setComplete() {
                return drain(exchange).then(Mono.defer(super::setComplete));
            }
        };
        // Errors are answered by the exception handlers, which see the original response: drain before passing them on.
        return chain.filter(exchange.mutate().response(draining).build())
                .onErrorResume(failure -> drain(exchange).then(Mono.error(failure)));
    }

    private static Mono<Void> drain(ServerWebExchange exchange) {
        return exchange.getRequest().getBody()
                .doOnNext(DataBufferUtils::release)
                .onErrorResume(alreadyRead -> Flux.empty())
                .then();
    }
}
