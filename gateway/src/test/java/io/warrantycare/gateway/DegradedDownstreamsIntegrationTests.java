package io.warrantycare.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A second context with a low public rate limit, a short response timeout, and the warranty service
 * down (its port closed): the answers a caller gets when things go wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "warrantycare.gateway.jwt.secret=" + PartnerTokens.SECRET,
        "warrantycare.gateway.rate-limit.requests-per-second=1",
        "warrantycare.gateway.rate-limit.burst=3",
        "GATEWAY_RESPONSE_TIMEOUT=1s" })
@AutoConfigureWebTestClient
class DegradedDownstreamsIntegrationTests {

    /**
     * Well under the 10 s production response timeout and any hang, with room for a loaded CI machine: the point is
     * that the configured 1 s timeout and the refused connection answer 503, not how fast.
     */
    private static final Duration FAST = Duration.ofSeconds(6);
    private static final String X_FORWARDED_FOR = "X-Forwarded-For";

    @Autowired
    WebTestClient client;

    @DynamicPropertySource
    static void downstreams(DynamicPropertyRegistry registry) {
        registry.add("REGISTRATION_URL", DownstreamStubs.REGISTRATION::url);
        registry.add("WARRANTY_URL", () -> "http://127.0.0.1:" + DownstreamStubs.closedPort());
        registry.add("CRM_URL", DownstreamStubs.CRM::url);
        registry.add("NOTIFICATION_URL", DownstreamStubs.NOTIFICATION::url);
    }

    @Test
    void answersServiceUnavailableQuicklyWhenAServiceIsDown() {
        long started = System.nanoTime();

        client.post().uri("/api/sales")
                .headers(headers -> headers.setBearerAuth(PartnerTokens.forRoles("SALES")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.trace").doesNotExist();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
    }

    @Test
    void answersServiceUnavailableWhenAServiceIsTooSlow() {
        long started = System.nanoTime();

        client.get().uri("/api/customers/c-1/consents")
                .headers(headers -> headers.setBearerAuth(PartnerTokens.forRoles("SUPPORT")))
                .header("X-Stub-Delay-Ms", "5000")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAST);
    }

    @Test
    void staysHealthyWhileAServiceIsDown() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void limitsPublicRoutesPerClientAndTellsWhenToRetry() {
        String clientAddress = "198.51.100.1";
        EntityExchangeResult<byte[]> limited = exhaustPublicBudget(clientAddress);

        assertThat(limited.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(limited.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(new String(limited.getResponseBody())).contains("\"code\":\"RATE_LIMITED\"", "\"status\":429");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> prefill(clientAddress).getStatus().value() == 200);
    }

    @Test
    void doesNotMeterPartnerRoutes() {
        String clientAddress = "198.51.100.2";
        exhaustPublicBudget(clientAddress);

        client.get().uri("/api/customers/c-1/consents")
                .header(X_FORWARDED_FOR, clientAddress)
                .headers(headers -> headers.setBearerAuth(PartnerTokens.forRoles("SUPPORT")))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void keepsSeparateBudgetsPerClientBehindATrustedProxy() {
        String clientAddress = "198.51.100.3";
        exhaustPublicBudget(clientAddress);

        // The trusted proxy (loopback here) appended the real address last; a hop the client wrote is ignored.
        assertThat(prefill("203.0.113.77, " + clientAddress).getStatus().value()).isEqualTo(429);
        assertThat(prefill("198.51.100.4").getStatus().value()).isEqualTo(200);
    }

    private EntityExchangeResult<byte[]> exhaustPublicBudget(String clientAddress) {
        for (int attempt = 0; attempt < 10; attempt++) {
            EntityExchangeResult<byte[]> result = prefill(clientAddress);
            if (result.getStatus().value() == 429) {
                return result;
            }
            assertThat(result.getStatus().value()).isEqualTo(200);
        }
        throw new AssertionError("no 429 within 10 requests under a burst of 3");
    }

    private EntityExchangeResult<byte[]> prefill(String forwardedFor) {
        return client.get().uri("/api/registrations/prefill?ni=123456AB")
                .header(X_FORWARDED_FOR, forwardedFor)
                .exchange()
                .expectBody().returnResult();
    }
}
