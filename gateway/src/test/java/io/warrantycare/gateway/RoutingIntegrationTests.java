package io.warrantycare.gateway;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import io.warrantycare.gateway.DownstreamStubs.Echo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class RoutingIntegrationTests extends GatewayContext {

    static Stream<Arguments> pathFamilies() {
        return Stream.of(
                arguments("POST", "/api/sales", "", "SALES", "warranty"),
                arguments("POST", "/api/sales/batch", "", "SALES", "warranty"),
                arguments("POST", "/api/sales/123456AB/void", "", "SALES", "warranty"),
                arguments("GET", "/api/warranties/123456AB", "", null, "warranty"),
                arguments("POST", "/api/warranties/123456AB/coverage-checks", "", "SERVICE_CENTER", "warranty"),
                arguments("GET", "/api/policies", "", null, "warranty"),
                arguments("GET", "/api/policies/evaluate", "brand=CARTIER&category=WATCH", null, "warranty"),
                arguments("GET", "/api/cards/123456AB", "", "DISTRIBUTION_CENTER", "warranty"),
                arguments("POST", "/api/cards/123456AB/reprints", "", "DISTRIBUTION_CENTER", "warranty"),
                arguments("GET", "/api/cards/123456AB/print", "", "DISTRIBUTION_CENTER", "warranty"),
                arguments("GET", "/api/registrations/prefill", "ni=123456AB&t=tok", null, "registration"),
                arguments("POST", "/api/registrations", "", null, "registration"),
                arguments("GET", "/api/registrations/reg-1", "", null, "registration"),
                arguments("GET", "/", "", null, "registration"),
                arguments("GET", "/r/abc123", "", null, "registration"),
                arguments("GET", "/site/register.html", "", null, "registration"),
                arguments("GET", "/assets/app.css", "", null, "registration"),
                arguments("GET", "/api/customers/cust-1/consents", "", "SUPPORT", "crm"),
                arguments("DELETE", "/api/customers/cust-1", "", "PRIVACY", "crm"),
                arguments("POST", "/api/consents/withdrawals", "", null, "crm"),
                arguments("GET", "/api/notifications/deliveries", "", "SUPPORT", "notification"));
    }

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @MethodSource("pathFamilies")
    void routesEachPathFamilyToItsService(String method, String path, String query, String role, String service) {
        Echo echo = client.method(HttpMethod.valueOf(method))
                .uri(query.isEmpty() ? path : path + "?" + query)
                .headers(headers -> {
                    if (role != null) {
                        headers.setBearerAuth(PartnerTokens.forRoles(role));
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(method.equals("GET") || method.equals("DELETE") ? "" : "{}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class)
                .returnResult()
                .getResponseBody();

        assertThat(echo).isNotNull();
        assertThat(echo.service()).isEqualTo(service);
        assertThat(echo.method()).isEqualTo(method);
        assertThat(echo.path()).isEqualTo(path);
        assertThat(echo.query()).isEqualTo(query);
    }

    @Test
    void forwardsTheRequestBodyUnchanged() {
        String body = "{\"ni\":\"1234 56AB\",\"brand\":\"CARTIER\"}";

        Echo echo = client.post().uri("/api/sales")
                .headers(headers -> headers.setBearerAuth(PartnerTokens.forRoles("SALES")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class)
                .returnResult()
                .getResponseBody();

        assertThat(echo.bodyLength()).isEqualTo(body.length());
        assertThat(echo.headers()).containsEntry("content-type", "application/json");
    }

    @Test
    void answersHealthWithoutAskingTheServices() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
