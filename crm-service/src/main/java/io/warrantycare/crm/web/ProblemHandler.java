package io.warrantycare.crm.web;

import io.warrantycare.crm.Correlation;
import io.warrantycare.crm.UnknownCustomerException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error as {@code application/problem+json} (RFC 9457) with a machine-readable {@code code} (API.md): domain
 * errors, malformed requests, unknown routes, wrong methods and media types, oversized bodies, and anything
 * unexpected (500 without a stack trace). Runs before Boot's error handler, for controllers and routing alike.
 */
@Component
@Order(-2)
class ProblemHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private final JsonMapper json;

    ProblemHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        Problem problem = problemFor(failure);
        if (problem.status().is5xxServerError()) {
            Correlation.run(CorrelationIdWebFilter.of(exchange), () -> log.error("Unexpected {} on {} {}",
                    failure.getClass().getName(), exchange.getRequest().getMethod(), exchange.getRequest().getPath().value()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", problem.status() instanceof HttpStatus known ? known.getReasonPhrase() : "Error");
        body.put("status", problem.status().value());
        body.put("detail", problem.detail());
        body.put("instance", exchange.getRequest().getPath().value());
        body.put("code", problem.code());
        if (!problem.errors().isEmpty()) {
            body.put("errors", problem.errors());
        }
        byte[] bytes = json.writeValueAsBytes(body);
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        if (failure instanceof MethodNotAllowedException notAllowed && !notAllowed.getSupportedMethods().isEmpty()) {
            response.getHeaders().setAllow(notAllowed.getSupportedMethods());
        }
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    private record Problem(HttpStatusCode status, String code, String detail, List<ApiProblem.FieldProblem> errors) {
    }

    private static Problem problemFor(Throwable failure) {
        if (failure instanceof ApiProblem api) {
            return new Problem(api.status(), api.code(), api.getMessage(), api.errors());
        }
        if (failure instanceof UnknownCustomerException) {
            return new Problem(HttpStatus.NOT_FOUND, "UNKNOWN_CUSTOMER", "No customer has this id.", List.of());
        }
        if (causedBy(failure, DataBufferLimitException.class)) {
            return new Problem(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The request body is too large.", List.of());
        }
        if (failure instanceof UnsupportedMediaTypeStatusException) {
            return new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "Send application/json.", List.of());
        }
        if (failure instanceof MethodNotAllowedException) {
            return new Problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "This route does not accept the method.", List.of());
        }
        if (failure instanceof NotAcceptableStatusException) {
            return new Problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "This route answers application/json.", List.of());
        }
        if (failure instanceof ServerWebInputException) {
            return new Problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "The request could not be read.", List.of());
        }
        if (failure instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            if (status.value() == HttpStatus.NOT_FOUND.value()) {
                return new Problem(status, "NOT_FOUND", "No such route.", List.of());
            }
            String code = status instanceof HttpStatus known ? known.name() : "HTTP_" + status.value();
            return new Problem(status, code.toUpperCase(Locale.ROOT), "The request failed.", List.of());
        }
        return new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Something went wrong on our side.", List.of());
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
