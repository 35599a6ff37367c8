package io.warrantycare.notification;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Reads the delivery log the way support does: {@code GET /api/notifications?registrationId=}. */
record DeliveryLogClient(WebTestClient web) {

    List<Map<String, Object>> entries(String registrationId) {
        return web.get().uri("/api/notifications?registrationId={id}", registrationId)
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                })
                .returnResult()
                .getResponseBody();
    }

    Map<String, Object> only(String registrationId) {
        List<Map<String, Object>> entries = entries(registrationId);
        if (entries == null || entries.size() != 1) {
            throw new AssertionError("Expected one delivery log entry for " + registrationId + " but found " + entries);
        }
        return entries.get(0);
    }
}
