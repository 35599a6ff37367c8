package io.warrantycare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.warrantycare.testsupport.RealInfrastructure;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@RealInfrastructure
@NotificationIntegrationTest
class NotificationApiIntegrationTests {

    @Autowired
    WebTestClient web;

    @Test
    void keepsConnectionsUsableAfterErrorsAnsweredBeforeTheBodyIsRead() {
        for (int round = 0; round < 100; round++) {
            web.post().uri("/api/notifications").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"round\":" + round + "}")
                    .exchange()
                    .expectStatus().isEqualTo(405);
            web.get().uri(uri -> uri.path("/api/notifications").queryParam("registrationId", "none").build())
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().json("[]");
        }
    }

    @Test
    void rejectsALookupWithoutRegistrationIdAsValidationFailed() {
        web.get().uri("/api/notifications")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.type").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.errors[0].field").isEqualTo("registrationId")
                .jsonPath("$.errors[0].code").isEqualTo("REQUIRED");
    }

    @Test
    void rejectsABlankRegistrationId() {
        web.get().uri(uri -> uri.path("/api/notifications").queryParam("registrationId", "  ").build())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("registrationId");
    }

    @Test
    void rejectsAnOverlongRegistrationId() {
        web.get().uri("/api/notifications?registrationId={id}", "R".repeat(200))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].code").isEqualTo("TOO_LONG");
    }

    @Test
    void answersAnEmptyListForARegistrationWithoutMessages() {
        List<Map<String, Object>> entries = web.get().uri("/api/notifications?registrationId=REG-NOTHING-SENT")
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
                })
                .returnResult().getResponseBody();
        assertThat(entries).isEmpty();
    }

    @Test
    void answersUnknownPathsAndWrongMethodsWithProblems() {
        web.get().uri("/api/nothing-here")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        web.post().uri("/api/notifications?registrationId=X")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"not\": \"json")
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void isReadyWhenMongoAndKafkaAnswer() {
        web.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP")
                .jsonPath("$.components.mail").doesNotExist();
        web.get().uri("/actuator/health/readiness")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP");
    }
}
