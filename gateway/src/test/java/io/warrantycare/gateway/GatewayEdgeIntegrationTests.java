package io.warrantycare.gateway;

import java.net.URI;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.gateway.DownstreamStubs.Echo;

import static org.assertj.core.api.Assertions.assertThat;

/** What the gateway answers by itself: unknown paths, oversize bodies, correlation ids, CORS. */
class GatewayEdgeIntegrationTests extends GatewayContext {

    private static final int MIB = 1024 * 1024;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = { "/nowhere", "/api/unknown", "/api", "/actuator/env" })
    void answersUnknownPathWithNotFoundProblem(String path) {
        client.get().uri(path)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.type").exists()
                .jsonPath("$.detail").exists()
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void keepsConnectionsUsableAfterAnsweringBeforeTheBodyIsRead() {
        // Partner routes only: they are not rate-limited, so a hundred rounds measure the connections, not the budget.
        for (int round = 0; round < 100; round++) {
            client.post().uri("/api/sales")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"round\":" + round + "}")
                    .exchange()
                    .expectStatus().isUnauthorized();
            client.post().uri("/api/cards/123456AB/reprints")
                    .headers(headers -> headers.setBearerAuth(PartnerTokens.forRoles("SALES")))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"round\":" + round + "}")
                    .exchange()
                    .expectStatus().isForbidden();
            client.post().uri("/api/sales")
                    .headers(headers -> headers.setBearerAuth(PartnerTokens.forRoles("SALES")))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"round\":" + round + "}")
                    .exchange()
                    .expectStatus().isOk();
        }
    }

    @Test
    void refusesBodyOverTheLimitWithPayloadTooLarge() {
        client.post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bytes(MIB + 1))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE")
                .jsonPath("$.status").isEqualTo(413);
    }

    @Test
    void refusesChunkedBodyThatGrowsOverTheLimit() {
        Flux<DataBuffer> chunks = Flux.range(0, 20)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(bytes(128 * 1024)));

        client.post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void acceptsABatchOfSalesLargerThanASingleRequestMayBe() {
        int size = MIB + MIB / 2;

        Echo echo = client.post().uri("/api/sales/batch")
                .headers(headers -> headers.setBearerAuth(PartnerTokens.forRoles("SALES")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bytes(size))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.bodyLength()).isEqualTo(size);
    }

    @Test
    void refusesABatchOverTheBatchLimit() {
        client.post().uri("/api/sales/batch")
                .headers(headers -> headers.setBearerAuth(PartnerTokens.forRoles("SALES")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(bytes(2 * MIB + 1))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void generatesACorrelationIdAndPassesItDownstream() {
        var result = client.get().uri("/api/warranties/123456AB")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult();

        String returned = result.getResponseHeaders().getFirst(EventHeaders.HTTP_CORRELATION_ID);
        assertThat(returned).matches("[0-9a-f-]{36}");
        assertThat(result.getResponseHeaders().get(EventHeaders.HTTP_CORRELATION_ID)).hasSize(1);
        assertThat(result.getResponseBody().headers()).containsEntry("x-correlation-id", returned);
    }

    @Test
    void keepsAWellFormedCorrelationIdFromTheCaller() {
        String incoming = "order-7f3a9c21-upstream";

        Echo echo = client.get().uri("/api/policies")
                .header(EventHeaders.HTTP_CORRELATION_ID, incoming)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(EventHeaders.HTTP_CORRELATION_ID, incoming)
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.headers()).containsEntry("x-correlation-id", incoming);
    }

    @Test
    void replacesAMalformedCorrelationId() {
        String malformed = "short";

        var result = client.get().uri("/api/policies")
                .header(EventHeaders.HTTP_CORRELATION_ID, malformed)
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult();

        String returned = result.getResponseHeaders().getFirst(EventHeaders.HTTP_CORRELATION_ID);
        assertThat(returned).isNotEqualTo(malformed).matches("[0-9a-f-]{36}");
        assertThat(result.getResponseBody().headers()).containsEntry("x-correlation-id", returned);
    }

    @Test
    void returnsTheCorrelationIdOnItsOwnErrors() {
        client.post().uri("/api/sales")
                .header(EventHeaders.HTTP_CORRELATION_ID, "trace-0000-1111")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(EventHeaders.HTTP_CORRELATION_ID, "trace-0000-1111")
                .expectBody().jsonPath("$.correlationId").isEqualTo("trace-0000-1111");
    }

    @Test
    void removesForwardingHeadersSentByAnUntrustedClient() {
        Echo echo = client.get().uri("/api/policies")
                .header("X-Forwarded-Host", "phishing.example")
                .header("X-Forwarded-For", "203.0.113.5")
                .header("X-Forwarded-Proto", "http")
                .header("Forwarded", "for=203.0.113.5;host=phishing.example")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.headers()).doesNotContainKeys("x-forwarded-host", "x-forwarded-for", "x-forwarded-proto");
        assertThat(echo.headers().getOrDefault("forwarded", "")).doesNotContain("phishing.example");
    }

    @Test
    void answersCorsPreflightForAnAllowedOrigin() {
        client.options().uri("/api/registrations")
                .header(HttpHeaders.ORIGIN, "https://brand.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.POST.name())
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type,idempotency-key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://brand.example")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        methods -> assertThat(methods).contains("POST"));
    }

    @Test
    void addsCorsHeadersToAnAllowedCrossOriginCall() {
        client.get().uri("/api/registrations/prefill?ni=123456AB")
                .header(HttpHeaders.ORIGIN, "https://brand.example")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://brand.example");
    }

    @Test
    void refusesACrossOriginCallFromAnUnknownOrigin() {
        client.post().uri("/api/registrations")
                .header(HttpHeaders.ORIGIN, "https://phishing.example")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("CORS_ORIGIN_REJECTED");
    }

    @Test
    void refusesAnEncodedTraversalPathWithAProblem() {
        client.get().uri(URI.create("http://localhost:" + port + "/api/warranties/%2e%2e%2fsales"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_REQUEST");
    }

    private static byte[] bytes(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        return body;
    }
}
