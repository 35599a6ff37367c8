package io.warrantycare.kit.web;

import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Guards the request body on both sides of the handler. A declared body over the size limit is refused (413) before
 * a byte of it is read, and its connection closed. A body nobody read (a 404, 405 or 415, or an answer given without
 * looking at it) is read and discarded before the response is written: left on a keep-alive connection it stalls
 * the next request sent over it.
 */
public class RequestBodyFilter implements WebFilter {

    private final long maxBytes;

    public RequestBodyFilter(WebKitProperties properties) {
        this.maxBytes = properties.maxRequestSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
            exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            return Mono.error(new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + maxBytes + " bytes."));
        }
        ServerHttpResponseDecorator draining = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                return ProblemResponder.drain(exchange).then(Mono.defer(() -> super.writeWith(body)));
            }

            @Override
            public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
                return ProblemResponder.drain(exchange).then(Mono.defer(() -> super.writeAndFlushWith(body)));
            }

            @Override
            public Mono<Void> setComplete() {
                return ProblemResponder.drain(exchange).then(Mono.defer(super::setComplete));
            }
        };
        return chain.filter(exchange.mutate().response(draining).build());
    }
}
