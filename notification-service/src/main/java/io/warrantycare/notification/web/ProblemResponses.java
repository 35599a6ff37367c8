package io.warrantycare.notification.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error this service answers is {@code application/problem+json} (RFC 9457) with a machine-readable
 * {@code code}: validation, unknown paths, wrong methods and media types are 4xx; a database that does not answer is
 * 503. Runs before Boot's error handler so that nothing else ever renders an error page or a stack trace.
 */
@Component
@Order(-2)
class ProblemResponses implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final JsonMapper jsonMapper;

    ProblemResponses(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** One problem document; {@code errors} lists field problems, empty otherwise. */
    private record Problem(HttpStatusCode status, String code, String title, String detail,
            List<Map<String, String>> errors) {
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        Problem problem = problemOf(failure);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", problem.title());
        body.put("status", problem.status().value());
        body.put("detail", problem.detail());
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("code", problem.code());
        if (!problem.errors().isEmpty()) {
            body.put("errors", problem.errors());
        }
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(PROBLEM);
        if (failure instanceof ResponseStatusException statusException) {
            response.getHeaders().putAll(statusException.getHeaders());
            response.getHeaders().setContentType(PROBLEM);
        }
        DataBuffer buffer = response.bufferFactory().wrap(jsonMapper.writeValueAsBytes(body));
        return response.writeWith(Mono.just(buffer));
    }

    private Problem problemOf(Throwable failure) {
        if (failure instanceof InvalidRequestException invalid) {
            return new Problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Validation failed", invalid.getMessage(),
                    List.of(Map.of("field", invalid.field(), "code", invalid.code(), "message", invalid.getMessage())));
        }
        if (failure instanceof ServerWebInputException input) {
            return new Problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Validation failed",
                    input.getReason() == null ? "The request is malformed" : input.getReason(), List.of());
        }
        if (failure instanceof ResponseStatusException status) {
            HttpStatusCode code = status.getStatusCode();
            HttpStatus known = HttpStatus.resolve(code.value());
            String name = known == null ? "ERROR" : known.name();
            String title = known == null ? "Error" : known.getReasonPhrase();
            return new Problem(code, name.equals("CONTENT_TOO_LARGE") ? "PAYLOAD_TOO_LARGE" : name, title,
                    status.getReason() == null ? title : status.getReason(), List.of());
        }
        if (failure instanceof DataAccessException || failure instanceof TimeoutException) {
            log.warn("Answering 503: {}", failure.getClass().getSimpleName());
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", "Service unavailable",
                    "The delivery log does not answer; try again shortly", List.of());
        }
        log.error("Unexpected error answered as 500: {}", failure.getClass().getSimpleName(), failure);
        return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Internal error",
                "Unexpected error", List.of());
    }
}
