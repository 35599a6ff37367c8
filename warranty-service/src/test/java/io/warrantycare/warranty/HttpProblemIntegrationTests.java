package io.warrantycare.warranty;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** No request, however malformed, gets a 500 or a stack trace (API.md conventions). */
class HttpProblemIntegrationTests extends IntegrationTestSupport {

    @LocalServerPort
    int port;

    @Test
    void answersMalformedJsonWith400ProblemJson() {
        http.post().uri("/api/sales").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"ni\": \"123456AB\",")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.code").isEqualTo("MALFORMED_REQUEST")
                .jsonPath("$.type").exists()
                .jsonPath("$.title").exists()
                .jsonPath("$.detail").exists()
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void answersWrongTypesAndMissingBodiesWith400() {
        http.post().uri("/api/sales").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"dealer\": \"BTQ\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_REQUEST");
        http.post().uri("/api/sales").contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_REQUEST");
        http.post().uri("/api/sales/batch").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"ni\": \"X\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void answersUnknownPathsWrongMethodsAndMediaTypesWithProblems() {
        http.get().uri("/api/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        http.delete().uri("/api/sales").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("METHOD_NOT_ALLOWED");
        http.post().uri("/api/sales").contentType(MediaType.TEXT_PLAIN).bodyValue("ni=1").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void keepsConnectionsUsableAfterErrorsRaisedBeforeTheBodyIsRead() {
        for (int i = 0; i < 100; i++) {
            http.post().uri("/api/sales").contentType(MediaType.TEXT_PLAIN).bodyValue("ni=" + i).exchange()
                    .expectStatus().isEqualTo(415)
                    .expectBody().jsonPath("$.code").isEqualTo("UNSUPPORTED_MEDIA_TYPE");
            declared(TODAY);
        }
    }

    @Test
    void answersBodiesOverTheLimitWith413() {
        String huge = "[" + "\"" + "x".repeat(3 * 1024 * 1024) + "\"]";
        // A client of its own: the connection that carried the unread rest of the body is not reused by other tests.
        WebTestClient separate = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        separate.post().uri("/api/sales/batch").contentType(MediaType.APPLICATION_JSON).bodyValue(huge).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void reportsHealthUpWithMongoAndKafkaInReadiness() {
        http.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP");
    }
}
