package io.warrantycare.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.RegistrationSubmitted;
import io.warrantycare.contracts.Topics;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

class ConsentApiIntegrationTests extends CrmIntegrationTest {

    @Test
    void keepsConnectionsUsableAfterErrorsAnsweredBeforeTheBodyIsRead() {
        for (int round = 0; round < 100; round++) {
            web.post().uri("/api/consents/withdrawals").contentType(MediaType.TEXT_PLAIN).bodyValue("email=" + round)
                    .exchange()
                    .expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            web.post().uri("/api/unknown-path").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"round\":" + round + "}")
                    .exchange()
                    .expectStatus().isNotFound();
            web.get().uri("/api/customers/{id}/consents", "unknown-" + round).exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_CUSTOMER");
        }
    }

    @Test
    void showsTheCurrentStateAndTheFullHistoryOfConsents() {
        String email = newEmail();
        String customerId = registeredCustomer(email);
        RegistrationSubmitted again = registration(newNi(), email, true, "PT");
        submit(again);
        awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", again.registrationId());
        withdraw(email, "support-agent-7").expectStatus().isAccepted();

        JsonNode view = consentsOf(customerId);
        assertThat(view.get("customerId").asString()).isEqualTo(customerId);
        assertThat(view.get("erased").asBoolean()).isFalse();
        JsonNode marketing = view.get("current").get("MARKETING");
        assertThat(marketing.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(marketing.get("source").asString()).isEqualTo("WITHDRAWAL_FORM");
        assertThat(marketing.get("noticeVersion").asString()).isEqualTo("2026-01");
        JsonNode history = view.get("history");
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("status").asString()).isEqualTo("GRANTED");
        assertThat(history.get(0).get("channel").asString()).isEqualTo("WEB");
        assertThat(history.get(0).get("source").asString()).isEqualTo("QR");
        assertThat(history.get(0).get("actor").asString()).isEqualTo("data-subject");
        assertThat(history.get(1).get("status").asString()).isEqualTo("GRANTED");
        assertThat(history.get(1).get("country").asString()).isEqualTo("PT");
        assertThat(history.get(1).get("registrationId").asString()).isEqualTo(again.registrationId());
        assertThat(history.get(2).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(history.get(2).get("actor").asString()).isEqualTo("support-agent-7");
        assertThat(history.get(2).get("at").asString()).endsWith("Z");
        assertThat(probe.seen(Topics.CONSENT, "ConsentGranted", customerId)).hasSize(1);
    }

    @Test
    void answersAnUnknownCustomerWithProblemJson() {
        web.get().uri("/api/customers/{id}/consents", "no-such-customer").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("UNKNOWN_CUSTOMER")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.type").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty();
    }

    @Test
    void acceptsWithdrawalsForKnownAndUnknownAddressesAlikeAndPublishesOnlyForAGrantedConsent() {
        String email = newEmail();
        RegistrationSubmitted registration = registration(newNi(), email, true, "ES");
        submit(registration);
        String customerId = read(awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", registration.registrationId()))
                .get("customerId").asString();
        String unknownEmail = newEmail();

        byte[] unknownAnswer = withdraw(unknownEmail, null).expectStatus().isAccepted().expectBody().returnResult().getResponseBody();
        byte[] knownAnswer = withdraw(" " + email.toUpperCase() + " ", null).expectStatus().isAccepted().expectBody()
                .returnResult().getResponseBody();

        assertThat(knownAnswer).isEqualTo(unknownAnswer);
        JsonNode withdrawn = read(awaitOne(Topics.CONSENT, "ConsentWithdrawn", customerId));
        assertThat(withdrawn.get("source").asString()).isEqualTo("WITHDRAWAL_FORM");
        assertThat(withdrawn.get("purpose").asString()).isEqualTo("MARKETING");
        assertThat(mongo.exists(query(where("emailKey").is(unknownEmail)), Customer.class).block()).isFalse();

        withdraw(email, null).expectStatus().isAccepted();
        assertThat(consentsOf(customerId).get("history")).hasSize(3);
        assertThat(probe.seen(Topics.CONSENT, "ConsentWithdrawn", customerId)).hasSize(1);
        assertThat(decisionsFor(registration.registrationId())).hasSize(1)
                .allMatch(decision -> "EnrollmentApproved".equals(decision.type()));
        Customer customer = mongo.findById(customerId, Customer.class).block();
        assertThat(customer.decidedRegistrations()).containsExactly(registration.registrationId());
    }

    @Test
    void rejectsMalformedWithdrawalsWithProblemJson() {
        web.post().uri("/api/consents/withdrawals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "not-an-address", "purpose", "MARKETING")).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("email")
                .jsonPath("$.errors[0].code").isEqualTo("INVALID_EMAIL");
        web.post().uri("/api/consents/withdrawals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", newEmail(), "purpose", "EVERYTHING")).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("purpose");
        expectProblem(web.post().uri("/api/consents/withdrawals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": "), HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
        expectProblem(web.post().uri("/api/consents/withdrawals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": {\"nested\": true}, \"purpose\": \"MARKETING\"}"), HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
        expectProblem(web.post().uri("/api/consents/withdrawals").contentType(MediaType.APPLICATION_JSON),
                HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST");
        expectProblem(web.post().uri("/api/consents/withdrawals").contentType(MediaType.TEXT_PLAIN).bodyValue("hello"),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE");
        expectProblem(web.post().uri("/api/consents/withdrawals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": \"" + "a".repeat(100_000) + "@example.com\", \"purpose\": \"MARKETING\"}"),
                HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE");
        expectProblem(web.put().uri("/api/consents/withdrawals").contentType(MediaType.APPLICATION_JSON).bodyValue("{}"),
                HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED");
        expectProblem(web.get().uri("/api/nowhere"), HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    @Test
    void erasesPersonalDataAndPublishesCustomerErasedOnce() {
        String email = newEmail();
        String customerId = registeredCustomer(email);

        web.delete().uri("/api/customers/{id}", customerId).header("X-Partner-Subject", "privacy-officer-1")
                .header(EventHeaders.HTTP_CORRELATION_ID, "erase-" + customerId).exchange()
                .expectStatus().isNoContent()
                .expectHeader().valueEquals(EventHeaders.HTTP_CORRELATION_ID, "erase-" + customerId);

        var erased = awaitOne(Topics.CONSENT, "CustomerErased", customerId);
        assertThat(erased.key()).isEqualTo(customerId);
        assertThat(erased.correlationId()).isEqualTo("erase-" + customerId);
        Document stored = mongo.findById(customerId, Document.class, "customers").block();
        String storedJson = stored.toJson();
        assertThat(storedJson).doesNotContain(email).doesNotContain("García").doesNotContain("+34600000000");
        assertThat(stored.get("contact")).isNull();
        assertThat(stored.getString("emailKey")).isEqualTo("erased:" + customerId);
        assertThat(stored.get("erasure", Document.class).getString("by")).isEqualTo("privacy-officer-1");
        assertThat(consentsOf(customerId).get("erased").asBoolean()).isTrue();

        web.delete().uri("/api/customers/{id}", customerId).exchange().expectStatus().isNoContent();
        withdraw(email, null).expectStatus().isAccepted();
        String newcomer = registeredCustomer(email);
        assertThat(newcomer).isNotEqualTo(customerId);
        assertThat(probe.seen(Topics.CONSENT, "CustomerErased", customerId)).hasSize(1);
        assertThat(probe.seen(Topics.CONSENT, "ConsentWithdrawn", customerId)).isEmpty();
    }

    @Test
    void answersErasureOfAnUnknownCustomerWith404() {
        expectProblem(web.delete().uri("/api/customers/{id}", "no-such-customer"), HttpStatus.NOT_FOUND, "UNKNOWN_CUSTOMER");
    }

    @Test
    void reportsHealthAndReadinessFromMongoAndKafka() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            web.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
            web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        });
    }

    private WebTestClient.ResponseSpec withdraw(String email, String partnerSubject) {
        WebTestClient.RequestBodySpec request = web.post().uri("/api/consents/withdrawals").contentType(MediaType.APPLICATION_JSON);
        if (partnerSubject != null) {
            request.header("X-Partner-Subject", partnerSubject);
        }
        return request.bodyValue(Map.of("email", email, "purpose", "MARKETING")).exchange();
    }

    private JsonNode consentsOf(String customerId) {
        byte[] body = web.get().uri("/api/customers/{id}/consents", customerId).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().returnResult().getResponseBody();
        return json.readTree(body);
    }

    private static void expectProblem(WebTestClient.RequestHeadersSpec<?> request, HttpStatus status, String code) {
        request.exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status.value())
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.title").isNotEmpty();
    }
}
