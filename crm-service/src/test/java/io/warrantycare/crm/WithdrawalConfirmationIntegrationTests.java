package io.warrantycare.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.Topics;
import io.warrantycare.contracts.WithdrawalConfirmationRequested;
import io.warrantycare.testsupport.TopicProbe;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * API.md: a withdrawal is confirmed to the address, never revealing whether the address is known. Every well-formed
 * request publishes WithdrawalConfirmationRequested on crm.messages.v1; the HTTP answer is the same either way.
 */
class WithdrawalConfirmationIntegrationTests extends CrmIntegrationTest {

    private static final String TYPE = "WithdrawalConfirmationRequested";

    @Test
    void confirmsTheWithdrawalOfAKnownAddressInTheCustomersLanguage() {
        String email = newEmail();
        String customerId = registeredCustomer(email);
        String correlationId = "withdraw-known-" + unique();

        withdraw(" " + email.toUpperCase(Locale.ROOT) + " ", correlationId);

        WithdrawalConfirmationRequested confirmation = confirmationTo(email);
        assertThat(confirmation.email()).isEqualTo(email);
        assertThat(confirmation.language()).isEqualTo("es");
        assertThat(confirmation.purpose()).isEqualTo("MARKETING");
        assertThat(confirmation.correlationId()).isEqualTo(correlationId);
        assertThat(confirmation.requestId()).isNotBlank().isNotEqualTo(customerId);
        assertThat(confirmation.eventId()).isNotBlank();
        TopicProbe.Seen record = probe.seen(Topics.CRM_MESSAGES, TYPE, email).get(0);
        assertThat(record.key()).isEqualTo(confirmation.requestId());
        assertThat(record.correlationId()).isEqualTo(correlationId);
        awaitOne(Topics.CONSENT, "ConsentWithdrawn", customerId);
        assertThat(probe.seen(Topics.CONSENT, null, email)).isEmpty();
        assertThat(probe.seen(Topics.CONSENT, null, confirmation.requestId())).isEmpty();
    }

    @Test
    void confirmsTheWithdrawalOfAnUnknownAddressWithoutALanguage() {
        String email = newEmail();

        withdraw(email, "withdraw-unknown-" + unique());

        WithdrawalConfirmationRequested confirmation = confirmationTo(email);
        assertThat(confirmation.email()).isEqualTo(email);
        assertThat(confirmation.language()).isNull();
        assertThat(confirmation.purpose()).isEqualTo("MARKETING");
        assertThat(read(probe.seen(Topics.CRM_MESSAGES, TYPE, email).get(0)).has("language")).isTrue();
        assertThat(mongo.exists(query(where("emailKey").is(email)), Customer.class).block()).isFalse();
    }

    @Test
    void confirmsEveryRequestSeparatelyAndForgetsTheAddressOnceRelayed() {
        String email = newEmail();
        registeredCustomer(email);

        withdraw(email, "withdraw-again-" + unique());
        withdraw(email, "withdraw-again-" + unique());

        await().atMost(PATIENCE).until(() -> probe.seen(Topics.CRM_MESSAGES, TYPE, email).size() >= 2);
        List<String> requestIds = probe.seen(Topics.CRM_MESSAGES, TYPE, email).stream()
                .map(seen -> json.readValue(seen.value(), WithdrawalConfirmationRequested.class).requestId())
                .toList();
        assertThat(requestIds).hasSize(2).doesNotHaveDuplicates();
        for (String requestId : requestIds) {
            await().atMost(PATIENCE).until(() -> mongo.findById(requestId, WithdrawalConfirmation.class).block().outbox().isEmpty());
            Document stored = mongo.findById(requestId, Document.class, "withdrawalConfirmations").block();
            assertThat(stored.getString("purpose")).isEqualTo("MARKETING");
            assertThat(stored.toJson()).doesNotContain(email);
        }
    }

    @Test
    void answersAKnownAndAnUnknownAddressIdentically() {
        String known = newEmail();
        registeredCustomer(known);
        String unknown = newEmail();

        EntityExchangeResult<byte[]> knownAnswer = withdraw(known, "same-answer-" + unique());
        EntityExchangeResult<byte[]> unknownAnswer = withdraw(unknown, "same-answer-" + unique());

        assertThat(knownAnswer.getStatus()).isEqualTo(unknownAnswer.getStatus());
        assertThat(knownAnswer.getResponseBody()).isEqualTo(unknownAnswer.getResponseBody());
        assertThat(comparableHeaders(knownAnswer.getResponseHeaders()))
                .isEqualTo(comparableHeaders(unknownAnswer.getResponseHeaders()));
        assertThat(confirmationTo(known).email()).isEqualTo(known);
        assertThat(confirmationTo(unknown).email()).isEqualTo(unknown);
    }

    private EntityExchangeResult<byte[]> withdraw(String email, String correlationId) {
        return web.post().uri("/api/consents/withdrawals").contentType(MediaType.APPLICATION_JSON)
                .header(EventHeaders.HTTP_CORRELATION_ID, correlationId)
                .bodyValue(Map.of("email", email, "purpose", "MARKETING")).exchange()
                .expectStatus().isAccepted()
                .expectBody().returnResult();
    }

    private WithdrawalConfirmationRequested confirmationTo(String email) {
        return json.readValue(awaitOne(Topics.CRM_MESSAGES, TYPE, email).value(), WithdrawalConfirmationRequested.class);
    }

    /** Every header but the ones that differ per request whoever asks: the echoed correlation id and the date. */
    private static Map<String, List<String>> comparableHeaders(HttpHeaders headers) {
        Map<String, List<String>> comparable = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase(EventHeaders.HTTP_CORRELATION_ID) && !name.equalsIgnoreCase(HttpHeaders.DATE)) {
                comparable.put(name, values);
            }
        });
        return comparable;
    }
}
