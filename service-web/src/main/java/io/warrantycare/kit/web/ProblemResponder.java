package io.warrantycare.kit.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every failure leaves as {@code application/problem+json} (RFC 9457), built on Spring's {@link ProblemDetail} with a
 * {@code type} URI and the machine-readable {@code code}: the services' own refusals, the framework's, and anything
 * unexpected, which becomes a 500 without internals (logged with its correlation id). Runs before Boot's handler.
 */
public class ProblemResponder implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponder.class);

    private final ProblemTable table;
    private final JsonMapper json;
    private final String typeBase;

    public ProblemResponder(ProblemTable table, JsonMapper json, WebKitProperties properties) {
        this.table = table;
        this.json = json;
        this.typeBase = properties.problemTypeBase();
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        ProblemTable.Problem problem = table.problemOf(failure);
        if (problem == null) {
            String correlationId = CorrelationIds.of(exchange);
            log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), failure);
            problem = new ProblemTable.Problem(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCodes.INTERNAL_ERROR,
                    "The request could not be processed; quote the correlation id " + correlationId + ".");
        } else if (problem.code().equals(ErrorCodes.STORE_UNAVAILABLE)) {
            log.warn("Store unavailable on {} {}: {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(), failure.toString());
        }
        if (failure instanceof MethodNotAllowedException notAllowed && !notAllowed.getSupportedMethods().isEmpty()) {
            response.getHeaders().setAllow(notAllowed.getSupportedMethods());
        }
        if (problem.status().value() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
            // The rest of an oversized body was never read: the connection cannot carry another request.
            response.getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] bytes = json.writeValueAsBytes(body(problem, exchange));
        // An error raised before the body was read (415, 405, 404 with a body) must still consume it: an unread body
        // left on a keep-alive connection stalls the next request on it. A body already read cannot be subscribed
        // again and is skipped.
        return drain(exchange).then(Mono.defer(() -> response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)))));
    }

    /** The problem as RFC 9457 members plus {@code code} and, for field problems, {@code errors}. */
    Map<String, Object> body(ProblemTable.Problem problem, ServerWebExchange exchange) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.detail());
        detail.setType(URI.create(typeBase + ProblemTable.typeSuffix(problem.code())));
        detail.setInstance(URI.create(exchange.getRequest().getPath().value()));
        detail.setProperty("code", problem.code());
        if (!problem.errors().isEmpty()) {
            detail.setProperty("errors", problem.errors());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", detail.getType().toString());
        body.put("title", detail.getTitle());
        body.put("status", detail.getStatus());
        body.put("detail", detail.getDetail());
        body.put("instance", detail.getInstance().toString());
        body.putAll(detail.getProperties());
        return body;
    }

    static Mono<Void> drain(ServerWebExchange exchange) {
        return exchange.getRequest().getBody()
                .doOnNext(DataBufferUtils::release)
                .onErrorResume(alreadyRead -> Flux.empty())
                .then();
    }
}
