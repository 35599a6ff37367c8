package io.warrantycare.gateway.web;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Turns every failure into a problem+json answer, ahead of Boot's JSON error handler: unknown paths
 * (404), wrong methods, bodies over the limit, and above all a service that is down or too slow, which
 * becomes a quick 503 instead of a 500 or a hanging request.
 */
@Component
@Order(-3)
class GatewayExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayExceptionHandler.class);

    private final ProblemWriter problems;

    GatewayExceptionHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        PayloadTooLargeException tooLarge = find(failure, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    String.valueOf(tooLarge.getReason()));
        }
        if (isDownstreamUnavailable(failure)) {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            String service = route != null ? route.getId() : "downstream";
            log.warn("Service {} unavailable for {} {} (correlation id {}): {}", service,
                    exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE), failure.toString());
            return problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                    "The " + service + " service is unavailable; try again later");
        }
        if (failure instanceof ResponseStatusException statusException) {
            HttpStatus status = HttpStatus.resolve(statusException.getStatusCode().value());
            if (status != null && status.is4xxClientError()) {
                return problems.write(exchange, status, codeOf(status), detailOf(status, statusException));
            }
        }
        log.error("Unexpected gateway failure for {} {} (correlation id {})", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE), failure);
        return problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "The gateway could not handle the request");
    }

    /**
     * Connection refused, connect or response timeout (the gateway's own 504), a connection dropped
     * mid-exchange: for a caller all mean "the service cannot answer now".
     */
    private static boolean isDownstreamUnavailable(Throwable failure) {
        if (failure instanceof ResponseStatusException statusException) {
            int status = statusException.getStatusCode().value();
            if (status == HttpStatus.GATEWAY_TIMEOUT.value() || status == HttpStatus.SERVICE_UNAVAILABLE.value()
                    || status == HttpStatus.BAD_GATEWAY.value()) {
                return true;
            }
        }
        return causedBy(failure, IOException.class) || causedBy(failure, TimeoutException.class);
    }

    private static String codeOf(HttpStatus status) {
        return status == HttpStatus.CONTENT_TOO_LARGE ? "PAYLOAD_TOO_LARGE" : status.name();
    }

    private static String detailOf(HttpStatus status, ResponseStatusException exception) {
        if (status == HttpStatus.NOT_FOUND) {
            return "No route for this path";
        }
        String reason = exception.getReason();
        return reason != null ? reason : status.getReasonPhrase();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return find(failure, type) != null;
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
