package io.warrantycare.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import io.warrantycare.gateway.AccessRules;

/**
 * The 401 and 403 answers of partner routes as problem+json (codes {@code UNAUTHORIZED},
 * {@code FORBIDDEN}), with the {@code WWW-Authenticate} challenge of RFC 6750.
 */
@Component
public class SecurityProblemHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(SecurityProblemHandlers.class);

    private final ProblemWriter problems;

    SecurityProblemHandlers(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException) {
            log.debug("Rejected bearer token on {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), failure.getMessage());
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"invalid_token\", error_description=\"The token is invalid or expired\"");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED",
                    "The bearer token is malformed, expired or not signed by a trusted key");
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, "UNAUTHORIZED",
                "This route needs a partner token: Authorization: Bearer <JWT>");
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        ServerHttpRequest request = exchange.getRequest();
        AccessRules.Rule rule = AccessRules.ruleFor(request.getMethod(), request.getPath().pathWithinApplication());
        String detail = rule.role() != null
                ? "This route needs the role " + rule.role().name()
                : "This operation is not open to partners";
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer error=\"insufficient_scope\"");
        return problems.write(exchange, HttpStatus.FORBIDDEN, "FORBIDDEN", detail);
    }
}
