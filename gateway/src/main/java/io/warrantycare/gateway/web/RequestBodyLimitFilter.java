package io.warrantycare.gateway.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import io.warrantycare.gateway.config.GatewayProperties;

/**
 * Caps request bodies before they reach a service: a declared {@code Content-Length} over the limit is
 * refused at once; a chunked body is counted as it streams and cut off when it passes the limit. Batch
 * paths (1,000 sale declarations) get the larger batch limit.
 */
@Component
class RequestBodyLimitFilter implements WebFilter, Ordered {

    static final int ORDER = PublicRateLimitFilter.ORDER + 10;

    private final long defaultMax;
    private final long batchMax;
    private final List<PathPattern> batchPaths;
    private final ProblemWriter problems;

    RequestBodyLimitFilter(GatewayProperties properties, ProblemWriter problems) {
        GatewayProperties.BodyLimit limits = properties.bodyLimit();
        this.defaultMax = limits.defaultMax().toBytes();
        this.batchMax = limits.batchMax().toBytes();
        this.batchPaths = limits.batchPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long limit = limitFor(request);
        if (request.getHeaders().getContentLength() > limit) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    "The request body exceeds the limit of " + limit + " bytes");
        }
        return chain.filter(exchange.mutate().request(new CountingRequest(request, limit)).build());
    }

    private long limitFor(ServerHttpRequest request) {
        var path = request.getPath().pathWithinApplication();
        return batchPaths.stream().anyMatch(pattern -> pattern.matches(path)) ? batchMax : defaultMax;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static final class CountingRequest extends ServerHttpRequestDecorator {

        private final long limit;

        CountingRequest(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new PayloadTooLargeException(limit));
                    }
                    else {
                        sink.next(buffer);
                    }
                });
            });
        }
    }
}
