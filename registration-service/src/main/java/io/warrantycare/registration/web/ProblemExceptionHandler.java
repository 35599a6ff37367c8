package io.warrantycare.registration.web;

import io.warrantycare.registration.Correlation;
import io.warrantycare.registration.FieldProblem;
import io.warrantycare.registration.IdempotencyKeyReusedException;
import io.warrantycare.registration.InvalidRequestException;
import io.warrantycare.registration.UnknownProductException;
import io.warrantycare.registration.UnknownRegistrationException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error of every route as {@code application/problem+json} with a {@code code}: the application's own
 * exceptions and the framework's (unknown path, wrong method, unreadable body, media type, size). Runs before Boot's
 * error handler; an unexpected failure is logged and answered 500 without its details.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final JsonMapper json;

    ProblemExceptionHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        Problem problem = problemFor(failure, exchange.getRequest().getPath().value());
        if (problem.status() >= 500) {
            Correlation.run(CorrelationIdFilter.of(exchange), () -> log.error("Unexpected failure on {} {}",
                    exchange.getRequest().getMethod(), exchange.getRequest().getPath().value(), failure));
        }
        response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
        if (failure instanceof MethodNotAllowedException notAllowed) {
            response.getHeaders().setAllow(notAllowed.getSupportedMethods());
        }
        response.getHeaders().setContentType(PROBLEM_JSON);
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        DataBuffer buffer = response.bufferFactory().wrap(json.writeValueAsBytes(problem));
        return response.writeWith(Mono.just(buffer));
    }

    static Problem problemFor(Throwable failure, String path) {
        if (failure instanceof InvalidRequestException invalid) {
            return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request has invalid fields.", path, invalid.problems());
        }
        if (failure instanceof UnknownRegistrationException) {
            return problem(HttpStatus.NOT_FOUND, "UNKNOWN_REGISTRATION", "No registration has this id.", path, null);
        }
        if (failure instanceof UnknownProductException) {
            return problem(HttpStatus.NOT_FOUND, "UNKNOWN_PRODUCT", "No registrable product matches.", path, null);
        }
        if (failure instanceof IdempotencyKeyReusedException) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used with a different request.", path, null);
        }
        if (failure instanceof PayloadTooLargeException || causedBy(failure, DataBufferLimitException.class)) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "The request body is too large.", path, null);
        }
        if (failure instanceof UnsupportedMediaTypeStatusException) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.", path, null);
        }
        if (failure instanceof NotAcceptableStatusException) {
            return problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "This resource cannot be given in the requested media type.", path, null);
        }
        if (failure instanceof MethodNotAllowedException) {
            return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "This method is not allowed here.", path, null);
        }
        if (failure instanceof ServerWebInputException) {
            return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request cannot be read.", path,
                    List.of(new FieldProblem("body", "UNREADABLE", "The request cannot be read")));
        }
        if (failure instanceof ResponseStatusException status) {
            HttpStatus known = HttpStatus.resolve(status.getStatusCode().value());
            if (known == HttpStatus.NOT_FOUND) {
                return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "Nothing is here.", path, null);
            }
            if (known != null && known.is4xxClientError()) {
                return problem(known, known.name().toUpperCase(Locale.ROOT), known.getReasonPhrase() + ".", path, null);
            }
        }
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Something went wrong on our side; please try again later.", path, null);
    }

    private static Problem problem(HttpStatus status, String code, String detail, String path, List<FieldProblem> errors) {
        return new Problem("about:blank", status.getReasonPhrase(), status.value(), detail, path, code, errors);
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
