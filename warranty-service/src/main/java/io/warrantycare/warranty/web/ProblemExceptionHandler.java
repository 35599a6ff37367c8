package io.warrantycare.warranty.web;

import io.warrantycare.warranty.ConflictException;
import io.warrantycare.warranty.FieldProblem;
import io.warrantycare.warranty.InvalidRequestException;
import io.warrantycare.warranty.UnknownProductException;
import io.warrantycare.warranty.policy.UnknownBrandException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error leaves as {@code application/problem+json} (RFC 9457) with a machine-readable {@code code}: the
 * service's own exceptions, the framework's (malformed JSON, unknown path, wrong method, media type, body too
 * large), and anything unexpected, which becomes a 500 without internals. Runs before Boot's error handler.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final JsonMapper json;

    ProblemExceptionHandler(JsonMapper json) {
        this.json = json;
    }

    record Problem(HttpStatusCode status, String code, String detail, List<FieldProblem> errors) {
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        Problem problem = problemOf(failure, exchange);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://warrantycare.io/problems/" + problem.code().toLowerCase(Locale.ROOT).replace('_', '-'));
        body.put("title", title(problem.status()));
        body.put("status", problem.status().value());
        body.put("detail", problem.detail());
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("code", problem.code());
        if (problem.errors() != null) {
            body.put("errors", problem.errors());
        }
        if (failure instanceof MethodNotAllowedException notAllowed && !notAllowed.getSupportedMethods().isEmpty()) {
            response.getHeaders().setAllow(notAllowed.getSupportedMethods());
        }
        if (problem.status().value() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
            // The rest of an oversized body was never read: the connection cannot carry another request.
            response.getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(PROBLEM_JSON);
        byte[] bytes = json.writeValueAsBytes(body);
        // An error raised before the body was read (415, 405, 404 with a body) must still consume it: an unread
        // body left on a keep-alive connection can stall the next request on it. A body already read, or cut off
        // by the size limit, cannot be subscribed again and is skipped.
        return exchange.getRequest().getBody()
                .doOnNext(DataBufferUtils::release)
                .onErrorResume(alreadyRead -> Flux.empty())
                .then(Mono.defer(() -> response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)))));
    }

    private Problem problemOf(Throwable failure, ServerWebExchange exchange) {
        if (failure instanceof InvalidRequestException invalid) {
            return new Problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request has invalid fields.",
                    invalid.problems());
        }
        if (failure instanceof UnknownBrandException unknownBrand) {
            return new Problem(HttpStatus.NOT_FOUND, "UNKNOWN_BRAND", unknownBrand.getMessage(), null);
        }
        if (failure instanceof UnknownProductException unknownProduct) {
            return new Problem(HttpStatus.NOT_FOUND, "UNKNOWN_PRODUCT", unknownProduct.getMessage(), null);
        }
        if (failure instanceof ConflictException conflict) {
            return new Problem(HttpStatus.CONFLICT, conflict.code(), conflict.getMessage(), null);
        }
        if (failure instanceof BatchTooLargeException || tooLarge(failure)) {
            return new Problem(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    failure instanceof BatchTooLargeException ? failure.getMessage() : "The request body is too large.",
                    null);
        }
        if (failure instanceof ServerWebInputException) {
            return new Problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                    "The request could not be read: check the JSON syntax, the value types and the parameters.", null);
        }
        if (failure instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            HttpStatusCode status = framework.getStatusCode();
            return new Problem(status, codeOf(status), framework.getBody().getDetail(), null);
        }
        String correlationId = exchange.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        if (failure instanceof DataAccessResourceFailureException || failure instanceof TransientDataAccessException) {
            log.warn("Database unavailable on {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), failure.toString());
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE",
                    "The service cannot reach its database; retry later.", null);
        }
        try (var ignored = MDC.putCloseable("correlationId", String.valueOf(correlationId))) {
            log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), failure);
        }
        return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "The request could not be processed; quote the correlation id " + correlationId + ".", null);
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataBufferLimitException) {
                return true;
            }
            if (cause instanceof ErrorResponse response && response.getStatusCode().value() == 413) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return "HTTP_" + status.value();
        }
        return switch (known) {
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            case BAD_REQUEST -> "MALFORMED_REQUEST";
            default -> known.name();
        };
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
