package io.warrantycare.gateway.web;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.gateway.config.GatewayProperties;

/**
 * CORS for browsers on other origins (a brand site embedding the registration form). The gateway owns
 * CORS so the services need none; a rejected origin gets a problem body, and a preflight is answered
 * here before the rate limit and the token check.
 */
@Component
class CorsFilter implements WebFilter, Ordered {

    static final int ORDER = CorrelationIdFilter.ORDER + 10;

    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();
    private final CorsConfiguration configuration;
    private final ProblemWriter problems;

    CorsFilter(GatewayProperties properties, ProblemWriter problems) {
        this.problems = problems;
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.cors().allowedOrigins());
        cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(), HttpMethod.POST.name(),
                HttpMethod.DELETE.name()));
        cors.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE,
                HttpHeaders.AUTHORIZATION, "Idempotency-Key", EventHeaders.HTTP_CORRELATION_ID));
        cors.setExposedHeaders(List.of(EventHeaders.HTTP_CORRELATION_ID, HttpHeaders.LOCATION,
                HttpHeaders.RETRY_AFTER));
        cors.setAllowCredentials(false);
        cors.setMaxAge(properties.cors().maxAge());
        this.configuration = cors;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            return problems.write(exchange, HttpStatus.FORBIDDEN, "CORS_ORIGIN_REJECTED",
                    "Cross-origin requests from this origin, or with this method or these headers, are not allowed");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return Mono.empty();
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
