package io.warrantycare.gateway;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.warrantycare.gateway.DownstreamStubs.Echo;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerSecurityIntegrationTests extends GatewayContext {

    @Test
    void refusesPartnerRouteWithoutToken() {
        declareSale(null)
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.code").isEqualTo("UNAUTHORIZED")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.type").exists()
                .jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.detail").exists();
    }

    @Test
    void refusesTokenWithForgedSignature() {
        expectInvalidToken(declareSale(PartnerTokens.signedWithAnotherKey("SALES")));
    }

    @Test
    void refusesExpiredToken() {
        expectInvalidToken(declareSale(PartnerTokens.expired("SALES")));
    }

    @Test
    void refusesTokenWithoutExpiry() {
        expectInvalidToken(declareSale(PartnerTokens.withoutExpiry("SALES")));
    }

    @Test
    void refusesTokenThatIsNotAJwt() {
        expectInvalidToken(declareSale("not-a-jwt"));
    }

    @Test
    void refusesUnsignedToken() {
        String[] parts = PartnerTokens.forRoles("SALES").split("\\.");
        String unsigned = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";
        expectInvalidToken(declareSale(unsigned));
    }

    @Test
    void forbidsPartnerWithTheWrongRole() {
        declareSale(PartnerTokens.forRoles("SUPPORT", "DISTRIBUTION_CENTER"))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("FORBIDDEN")
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("SALES"));
    }

    @Test
    void appliesTheRoleMapOfEveryPartnerRoute() {
        String sales = PartnerTokens.forRoles("SALES");
        client.get().uri("/api/cards/123456AB").headers(h -> h.setBearerAuth(sales)).exchange()
                .expectStatus().isForbidden();
        client.post().uri("/api/warranties/123456AB/coverage-checks").headers(h -> h.setBearerAuth(sales))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/customers/c-1/consents").headers(h -> h.setBearerAuth(sales)).exchange()
                .expectStatus().isForbidden();
        client.delete().uri("/api/customers/c-1").headers(h -> h.setBearerAuth(PartnerTokens.forRoles("SUPPORT")))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/notifications/deliveries").headers(h -> h.setBearerAuth(sales)).exchange()
                .expectStatus().isForbidden();
        client.get().uri("/api/notifications/deliveries").exchange().expectStatus().isUnauthorized();
        client.delete().uri("/api/customers/c-1").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void keepsUnlistedOperationsOfARouteFamilyClosed() {
        client.delete().uri("/api/registrations/reg-1").exchange().expectStatus().isUnauthorized();
        client.put().uri("/api/warranties/123456AB").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/customers/c-1").headers(h -> h.setBearerAuth(PartnerTokens.forRoles("SUPPORT")))
                .exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("FORBIDDEN");
    }

    @Test
    void forwardsTheVerifiedIdentityAndDropsClientSentPartnerHeaders() {
        String token = PartnerTokens.withClaims(List.of("SALES"), Map.of("dealerId", "BTQ-PARIS-PAIX"));

        Echo echo = client.post().uri("/api/sales")
                .headers(headers -> {
                    headers.setBearerAuth(token);
                    headers.set("X-Partner-Dealer-Id", "SOMEONE-ELSE");
                    headers.set("X-Partner-Roles", "PRIVACY");
                    headers.set("x-partner-admin", "true");
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.headers())
                .containsEntry("x-partner-dealer-id", "BTQ-PARIS-PAIX")
                .containsEntry("x-partner-roles", "SALES")
                .doesNotContainKeys("x-partner-admin", "x-partner-center-id", "x-partner-region");
        assertThat(echo.headers().get("x-partner-subject")).startsWith("partner-");
    }

    @Test
    void forwardsCenterAndRegionOfADistributionCenter() {
        String token = PartnerTokens.withClaims(List.of("DISTRIBUTION_CENTER", "SUPPORT"),
                Map.of("centerId", "DC-EU-1", "region", "EU"));

        Echo echo = client.post().uri("/api/cards/123456AB/reprints")
                .headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"LOSS\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.headers())
                .containsEntry("x-partner-center-id", "DC-EU-1")
                .containsEntry("x-partner-region", "EU")
                .containsEntry("x-partner-roles", "DISTRIBUTION_CENTER,SUPPORT");
    }

    @Test
    void dropsClientSentPartnerHeadersOnPublicRoutes() {
        Echo echo = client.get().uri("/api/warranties/123456AB")
                .header("X-Partner-Subject", "forged")
                .header("X-Partner-Roles", "PRIVACY")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.headers().keySet()).noneMatch(name -> name.startsWith("x-partner-"));
    }

    private WebTestClient.ResponseSpec declareSale(String token) {
        return client.post().uri("/api/sales")
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange();
    }

    private static void expectInvalidToken(WebTestClient.ResponseSpec response) {
        response.expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        value -> assertThat(value).contains("invalid_token"))
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHORIZED");
    }
}
