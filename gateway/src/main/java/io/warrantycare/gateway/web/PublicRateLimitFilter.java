package io.warrantycare.gateway.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.warrantycare.gateway.AccessRules;
import io.warrantycare.gateway.ClientAddresses;
import io.warrantycare.gateway.TokenBucketRateLimiter;
import io.warrantycare.gateway.config.GatewayProperties;

/**
 * Meters the public routes (those that need no token, per {@link AccessRules}) per client address.
 * Partner routes are not metered: their callers are known and authenticated.
 *
 * <p>The client is the TCP peer, or behind a trusted proxy the address that proxy saw
 * ({@link ClientAddresses}).
 */
@Component
class PublicRateLimitFilter implements WebFilter, Ordered {

    static final int ORDER = CorsFilter.ORDER + 10;

    private static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private final boolean enabled;
    private final TokenBucketRateLimiter limiter;
    private final ClientAddresses clientAddresses;
    private final ProblemWriter problems;

    PublicRateLimitFilter(GatewayProperties properties, ProblemWriter problems) {
        GatewayProperties.RateLimit settings = properties.rateLimit();
        this.enabled = settings.enabled();
        this.limiter = new TokenBucketRateLimiter(settings.requestsPerSecond(), settings.burst(),
                settings.maxClients(), System::nanoTime);
        this.clientAddresses = new ClientAddresses(properties.trustedProxies());
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!enabled || AccessRules.ruleFor(request.getMethod(), request.getPath().pathWithinApplication())
                .access() != AccessRules.Access.PUBLIC) {
            return chain.filter(exchange);
        }
        TokenBucketRateLimiter.Decision decision = limiter.tryAcquire(clientAddress(request));
        if (decision.allowed()) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED",
                "Too many requests from this address; retry after " + decision.retryAfterSeconds() + " s");
    }

    private String clientAddress(ServerHttpRequest request) {
        List<String> forwardedFor = request.getHeaders().getValuesAsList(X_FORWARDED_FOR);
        return clientAddresses.resolve(request.getRemoteAddress(), forwardedFor);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
