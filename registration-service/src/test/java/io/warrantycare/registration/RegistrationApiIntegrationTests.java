package io.warrantycare.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.SaleDeclared;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

class RegistrationApiIntegrationTests extends RegistrationIntegrationTestSupport {

    @Test
    void answersARepeatedRequestWithTheSameIdempotencyKeyAsTheFirstTime() {
        String ni = newNi();
        declare(ni, today().minusMonths(1));
        Map<String, Object> body = body(ni, CARDS.issue(ni, 1), null, newEmail(), true);
        String key = UUID.randomUUID().toString();

        JsonNode first = postWithKey(key, json.writeValueAsString(body)).expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode again = postWithKey(key, json.writerWithDefaultPrettyPrinter().writeValueAsString(body)).expectStatus().isAccepted()
                .expectHeader().valueEquals("Location", "/api/registrations/" + first.get("id").asString())
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(again).isEqualTo(first);
        awaitPublished("RegistrationSubmitted", first.get("id").asString());
        assertThat(mongo.count(query(where("idempotencyKey").is(key)), Registration.class).block()).isEqualTo(1);
    }

    @Test
    void refusesAnIdempotencyKeyReusedForAnotherRequest() {
        String ni = newNi();
        String key = UUID.randomUUID().toString();
        postWithKey(key, json.writeValueAsString(body(ni, null, today().minusDays(1), newEmail(), true))).expectStatus().isAccepted();

        postWithKey(key, json.writeValueAsString(body(ni, null, today().minusDays(2), newEmail(), true)))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED")
                .jsonPath("$.status").isEqualTo(422);
    }

    @Test
    void listsEveryFieldProblemOfAnInvalidRegistration() {
        Map<String, Object> body = body("12-3", null, null, "not-an-email", true);
        @SuppressWarnings("unchecked")
        Map<String, Object> customer = (Map<String, Object>) body.get("customer");
        customer.put("country", "France");
        body.put("ownership", "OWNER");

        post(json.writeValueAsString(body))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("about:blank")
                .jsonPath("$.title").isEqualTo("Bad Request")
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.detail").exists()
                .jsonPath("$.errors[?(@.field == 'ni')].code").isEqualTo("INVALID_FORMAT")
                .jsonPath("$.errors[?(@.field == 'ownership')].code").isEqualTo("INVALID_VALUE")
                .jsonPath("$.errors[?(@.field == 'purchaseDate')].code").isEqualTo("PROOF_REQUIRED")
                .jsonPath("$.errors[?(@.field == 'customer.email')].code").isEqualTo("INVALID_FORMAT")
                .jsonPath("$.errors[?(@.field == 'customer.country')].code").isEqualTo("INVALID_VALUE")
                .jsonPath("$.errors.length()").isEqualTo(5);
    }

    @Test
    void refusesMalformedJson() {
        post("{\"ni\": \"123456AB\", ")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("body")
                .jsonPath("$.errors[0].code").isEqualTo("MALFORMED_JSON");
    }

    @Test
    void refusesValuesOfTheWrongType() {
        post("{\"ni\": \"123456AB\", \"purchaseDate\": \"2026-01-01\", \"ownership\": \"BUYER\", \"customer\": [1, 2],"
                + " \"consents\": {\"marketing\": \"perhaps\", \"privacyNoticeVersion\": \"2026-01\"}}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("customer")
                .jsonPath("$.errors[0].code").isEqualTo("INVALID_TYPE");
        post("[]").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        post("null").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].code").isEqualTo("REQUIRED");
    }

    @Test
    void keepsConnectionsUsableAfterErrorsAnsweredBeforeTheBodyIsRead() {
        for (int round = 0; round < 100; round++) {
            web.post().uri("/api/registrations").contentType(MediaType.TEXT_PLAIN).bodyValue("ni=" + round).exchange()
                    .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            web.post().uri("/api/unknown-path").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"round\":" + round + "}")
                    .exchange()
                    .expectStatus().isNotFound();
            web.get().uri("/api/registrations/" + UUID.randomUUID()).exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_REGISTRATION");
        }
    }

    @Test
    void refusesAMissingBodyAnUnsupportedMediaTypeAndAnInvalidIdempotencyKey() {
        web.post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
        web.post().uri("/api/registrations").contentType(MediaType.TEXT_PLAIN).bodyValue("ni=123456AB").exchange()
                .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        postWithKey("key with spaces", json.writeValueAsString(body(newNi(), null, today(), newEmail(), true)))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
    }

    @Test
    void refusesBodiesOverTheSizeLimit() {
        String huge = "{\"ni\": \"" + "A".repeat(40_000) + "\"}";
        post(huge)
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");

        Flux<DataBuffer> chunked = Flux.range(0, 40).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap(("{\"x" + i + "\":\"" + "B".repeat(1_000) + "\",").getBytes(StandardCharsets.UTF_8)));
        web.post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON).body(chunked, DataBuffer.class).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void answersProblemsForUnknownPathsAndWrongMethods() {
        web.get().uri("/api/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        web.delete().uri("/api/registrations").exchange()
                .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void answersUnknownRegistrationForUnknownAndMalformedIds() {
        for (String unknown : new String[] {UUID.randomUUID().toString(), "not-an-id", "x".repeat(300)}) {
            web.get().uri("/api/registrations/" + unknown).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_REGISTRATION");
        }
    }

    @Test
    void prefillsTheLandingPageFromTheCurrentCardToken() {
        String ni = newNi();
        LocalDate purchase = today().minusMonths(1);
        declare(ni, purchase);
        String printed = ni.substring(0, 6) + " " + lower(ni.substring(6));

        web.get().uri(uri -> uri.path("/api/registrations/prefill").queryParam("ni", printed)
                        .queryParam("t", CARDS.issue(ni, 1)).build())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.ni").isEqualTo(ni)
                .jsonPath("$.brand").isEqualTo("CARTIER")
                .jsonPath("$.reference").isEqualTo("WSSA0018")
                .jsonPath("$.collection").isEqualTo("Santos de Cartier")
                .jsonPath("$.extensionEligible").isEqualTo(true)
                .jsonPath("$.extensionDeadline").isEqualTo(purchase.plusYears(2).toString());
        web.get().uri("/api/registrations/prefill?ni={ni}", ni).exchange().expectStatus().isOk();
    }

    @Test
    void hidesTheProductFromAForgedTokenAndFromAnUnknownNi() {
        String ni = newNi();
        declare(ni, today().minusMonths(1));

        web.get().uri("/api/registrations/prefill?ni={ni}&t={t}", ni, CARDS.issue(newNi(), 1)).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_PRODUCT");
        web.get().uri("/api/registrations/prefill?ni={ni}&t={t}", ni, "garbage").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_PRODUCT");
        web.get().uri("/api/registrations/prefill?ni={ni}", newNi()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_PRODUCT");
        web.get().uri("/api/registrations/prefill?ni=12").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ni");
    }

    @Test
    void prefillsNoExtensionOnceTheDeadlineHasPassed() {
        String ni = newNi();
        LocalDate purchase = today().minusYears(2).minusDays(1);
        send(new SaleDeclared(id(), Instant.now(), "corr", ni, "CARTIER", "WSSA0018", "Santos de Cartier", "WATCH",
                purchase, "BTQ-PARIS-PAIX", "FR", 1, purchase.plusYears(2), true, purchase.plusYears(2), 6));
        awaitProduct(ni, product -> true);

        web.get().uri("/api/registrations/prefill?ni={ni}", ni).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.extensionEligible").isEqualTo(false)
                .jsonPath("$.extensionDeadline").isEqualTo(purchase.plusYears(2).toString());
    }

    @Test
    void echoesTheCorrelationIdOrMakesOne() {
        web.get().uri("/api/registrations/" + UUID.randomUUID()).header(EventHeaders.HTTP_CORRELATION_ID, "given-id-1").exchange()
                .expectHeader().valueEquals(EventHeaders.HTTP_CORRELATION_ID, "given-id-1");
        web.get().uri("/api/registrations/" + UUID.randomUUID()).exchange()
                .expectHeader().valueMatches(EventHeaders.HTTP_CORRELATION_ID, "[0-9a-f-]{36}");
    }

    @Test
    void reportsHealthAndReadinessUp() {
        web.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void servesTheRegistrationPage() {
        String page = web.get().uri("/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/html;charset=UTF-8")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">", "<meta charset=\"utf-8\">",
                "src=\"/assets/registration.js\"", "id=\"registration\"", "value=\"2026-01\"");
        web.get().uri("/assets/registration.js").exchange().expectStatus().isOk();
        web.get().uri("/assets/registration.css").exchange().expectStatus().isOk();
    }

    @Test
    void prefillsThePageFromTheQrCodeAndEscapesWhatItEchoes() {
        String ni = newNi();
        String printed = lower(ni.substring(0, 5)) + "-" + ni.substring(5);

        String page = web.get().uri("/r/{ni}?t={t}", printed, "1.abc\"><script>alert(1)</script>").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("id=\"ni\" name=\"ni\" type=\"text\" value=\"" + ni + "\"")
                .contains("value=\"1.abc&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")
                .doesNotContain("<script>alert(1)</script>");
    }

    private WebTestClient.ResponseSpec post(String json) {
        return web.post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec postWithKey(String key, String json) {
        return web.post().uri("/api/registrations").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }
}
