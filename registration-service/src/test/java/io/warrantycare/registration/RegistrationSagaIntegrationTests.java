package io.warrantycare.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.warrantycare.contracts.ConsentGranted;
import io.warrantycare.contracts.CustomerErased;
import io.warrantycare.contracts.EnrollmentRejected;
import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.ExtensionRejected;
import io.warrantycare.contracts.OwnershipRecorded;
import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.RegistrationSubmitted;
import io.warrantycare.contracts.SaleDeclared;
import io.warrantycare.contracts.Topics;
import io.warrantycare.contracts.WarrantyExtended;
import io.warrantycare.testsupport.TopicProbe;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class RegistrationSagaIntegrationTests extends RegistrationIntegrationTestSupport {

    @Test
    void activatesExtensionWhenCrmApprovesAndWarrantyExtends() {
        String ni = newNi();
        LocalDate purchase = today().minusMonths(3);
        declare(ni, purchase);
        String email = newEmail();

        String registrationId = web.post().uri("/api/registrations")
                .header(EventHeaders.HTTP_CORRELATION_ID, "corr-" + ni)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body(ni, CARDS.issue(ni, 1), null, email, true))
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED)
                .expectHeader().valueMatches("Location", "/api/registrations/[0-9a-f-]{36}")
                .expectHeader().valueEquals(EventHeaders.HTTP_CORRELATION_ID, "corr-" + ni)
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();

        TopicProbe.Seen submittedRecord = awaitPublished("RegistrationSubmitted", registrationId);
        RegistrationSubmitted submitted = read(submittedRecord, RegistrationSubmitted.class);
        assertThat(submittedRecord.key()).isEqualTo(ni);
        assertThat(submittedRecord.correlationId()).isEqualTo("corr-" + ni);
        assertThat(submitted.correlationId()).isEqualTo("corr-" + ni);
        assertThat(submitted.ni()).isEqualTo(ni);
        assertThat(submitted.source()).isEqualTo("QR");
        assertThat(submitted.ownership()).isEqualTo("BUYER");
        assertThat(submitted.registeredOn()).isEqualTo(today());
        assertThat(submitted.marketingConsent()).isTrue();
        assertThat(submitted.privacyNoticeVersion()).isEqualTo("2026-01");
        assertThat(submitted.customer().email()).isEqualTo(email);
        assertThat(submitted.customer().country()).isEqualTo("ES");
        assertThat(registration(registrationId).get("status").asString()).isEqualTo("PENDING");

        approve(registrationId, ni, "cust-" + ni);
        LocalDate extendedEnd = purchase.plusYears(8);
        send(new WarrantyExtended(id(), Instant.now(), "corr-" + ni, registrationId, ni, "cust-" + ni, extendedEnd,
                "cartier-care", 1, List.of("CC-3", "CC-4")));

        JsonNode view = awaitStatus(registrationId, "COMPLETED");
        assertThat(view.get("ni").asString()).isEqualTo(ni);
        assertThat(view.get("outcome").asString()).isEqualTo(Outcomes.EXTENSION_ACTIVATED);
        assertThat(view.get("reason").isNull()).isTrue();
        assertThat(view.at("/warranty/status").asString()).isEqualTo("EXTENDED");
        assertThat(view.at("/warranty/brand").asString()).isEqualTo("CARTIER");
        assertThat(view.at("/warranty/coverageEnd").asString()).isEqualTo(extendedEnd.toString());
        assertThat(view.at("/warranty/baseWarrantyEnd").asString()).isEqualTo(purchase.plusYears(2).toString());
        assertThat(view.at("/warranty/extension/eligible").asBoolean()).isTrue();
        assertThat(view.at("/warranty/extension/years").asInt()).isEqualTo(6);
        assertThat(view.at("/warranty/extension/activatedAt").isNull()).isFalse();
        assertThat(lower(view.toString())).doesNotContain(lower(email), "garcía", "+34600000000");

        RegistrationCompleted completed = read(awaitPublished("RegistrationCompleted", registrationId), RegistrationCompleted.class);
        assertThat(completed.status()).isEqualTo("COMPLETED");
        assertThat(completed.outcome()).isEqualTo(Outcomes.EXTENSION_ACTIVATED);
        assertThat(completed.reason()).isNull();
        assertThat(completed.coverageEnd()).isEqualTo(extendedEnd);
        assertThat(completed.customerId()).isEqualTo("cust-" + ni);
        assertThat(completed.brand()).isEqualTo("CARTIER");
        assertThat(completed.email()).isEqualTo(email);
        assertThat(completed.givenName()).isEqualTo("Ana");
        assertThat(completed.language()).isEqualTo("es");
        assertThat(completed.correlationId()).isEqualTo("corr-" + ni);
        assertThat(registrationDocument(registrationId).outbox()).isEmpty();
    }

    @Test
    void recordsLaterOwnerOfAnAlreadyExtendedWatchWithAManualPurchaseDate() {
        String ni = newNi();
        LocalDate purchase = today().minusYears(1);
        declare(ni, purchase);

        String registrationId = register(body(ni, null, purchase, newEmail(), true));
        RegistrationSubmitted submitted = read(awaitPublished("RegistrationSubmitted", registrationId), RegistrationSubmitted.class);
        assertThat(submitted.source()).isEqualTo("MANUAL");

        approve(registrationId, ni, "cust-" + ni);
        send(new OwnershipRecorded(id(), Instant.now(), "corr", registrationId, ni, "cust-" + ni, purchase.plusYears(8)));

        JsonNode view = awaitStatus(registrationId, "COMPLETED");
        assertThat(view.get("outcome").asString()).isEqualTo(Outcomes.ALREADY_EXTENDED);
        assertThat(view.at("/warranty/status").asString()).isEqualTo("EXTENDED");
        assertThat(view.at("/warranty/coverageEnd").asString()).isEqualTo(purchase.plusYears(8).toString());
        RegistrationCompleted completed = read(awaitPublished("RegistrationCompleted", registrationId), RegistrationCompleted.class);
        assertThat(completed.outcome()).isEqualTo(Outcomes.ALREADY_EXTENDED);
        assertThat(completed.coverageEnd()).isEqualTo(purchase.plusYears(8));
    }

    @Test
    void rejectsRegistrationWhenCrmRequiresMarketingConsent() {
        String ni = newNi();
        declare(ni, today().minusMonths(1));
        String registrationId = register(body(ni, CARDS.issue(ni, 1), null, newEmail(), false));
        RegistrationSubmitted submitted = read(awaitPublished("RegistrationSubmitted", registrationId), RegistrationSubmitted.class);
        assertThat(submitted.marketingConsent()).isFalse();

        send(new EnrollmentRejected(id(), Instant.now(), "corr", registrationId, ni, null, "MARKETING_CONSENT_REQUIRED"));

        JsonNode view = awaitStatus(registrationId, "REJECTED");
        assertThat(view.get("reason").asString()).isEqualTo("MARKETING_CONSENT_REQUIRED");
        assertThat(view.get("outcome").isNull()).isTrue();
        RegistrationCompleted completed = read(awaitPublished("RegistrationCompleted", registrationId), RegistrationCompleted.class);
        assertThat(completed.status()).isEqualTo("REJECTED");
        assertThat(completed.reason()).isEqualTo("MARKETING_CONSENT_REQUIRED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOT_ELIGIBLE_PRODUCT", "REGISTRATION_WINDOW_CLOSED"})
    void rejectsRegistrationWhenThePolicyRefusesTheExtension(String reason) {
        String ni = newNi();
        LocalDate purchase = today().minusMonths(5);
        declare(ni, purchase);
        String registrationId = submittedRegistration(ni, newEmail(), true);
        approve(registrationId, ni, "cust-" + ni);

        send(new ExtensionRejected(id(), Instant.now(), "corr", registrationId, ni, "cust-" + ni, reason, purchase.plusYears(2)));

        JsonNode view = awaitStatus(registrationId, "REJECTED");
        assertThat(view.get("reason").asString()).isEqualTo(reason);
        assertThat(view.at("/warranty/status").asString()).isEqualTo("BASE");
        RegistrationCompleted completed = read(awaitPublished("RegistrationCompleted", registrationId), RegistrationCompleted.class);
        assertThat(completed.reason()).isEqualTo(reason);
        assertThat(completed.customerId()).isEqualTo("cust-" + ni);
        assertThat(completed.coverageEnd()).isEqualTo(purchase.plusYears(2));
    }

    @Test
    void rejectsAWrongPurchaseDateWithoutTellingAnythingOfTheWatch() {
        String ni = newNi();
        LocalDate purchase = today().minusMonths(2);
        declare(ni, purchase);

        String registrationId = register(body(ni, null, purchase.minusDays(1), newEmail(), true));

        JsonNode view = awaitStatus(registrationId, "REJECTED");
        assertThat(view.get("reason").asString()).isEqualTo(Outcomes.PROOF_OF_POSSESSION_FAILED);
        assertThat(view.get("warranty").isNull()).isTrue();
        RegistrationCompleted completed = read(awaitPublished("RegistrationCompleted", registrationId), RegistrationCompleted.class);
        assertThat(completed.reason()).isEqualTo(Outcomes.PROOF_OF_POSSESSION_FAILED);
        assertThat(probe.seen(Topics.REGISTRATIONS, "RegistrationSubmitted", registrationId)).isEmpty();
    }

    @Test
    void rejectsTheTokenOfACardRevokedByAReprint() {
        String ni = newNi();
        declare(ni, today().minusMonths(2));
        reprint(ni, 2);

        String revoked = register(body(ni, CARDS.issue(ni, 1), null, newEmail(), true));
        String current = register(body(ni, CARDS.issue(ni, 2), null, newEmail(), true));

        assertThat(awaitStatus(revoked, "REJECTED").get("reason").asString()).isEqualTo(Outcomes.PROOF_OF_POSSESSION_FAILED);
        read(awaitPublished("RegistrationCompleted", revoked), RegistrationCompleted.class);
        awaitPublished("RegistrationSubmitted", current);
    }

    @Test
    void rejectsRegistrationOfAVoidedSaleUntilItIsDeclaredAgain() {
        String ni = newNi();
        LocalDate purchase = today().minusMonths(2);
        declare(ni, purchase);
        voidSale(ni);

        String registrationId = register(body(ni, null, purchase, newEmail(), true));

        JsonNode view = awaitStatus(registrationId, "REJECTED");
        assertThat(view.get("reason").asString()).isEqualTo(Outcomes.SALE_VOIDED);
        assertThat(view.at("/warranty/status").asString()).isEqualTo("NOT_COVERED");
        assertThat(read(awaitPublished("RegistrationCompleted", registrationId), RegistrationCompleted.class).reason())
                .isEqualTo(Outcomes.SALE_VOIDED);
        web.get().uri("/api/registrations/prefill?ni={ni}", ni).exchange().expectStatus().isNotFound();

        LocalDate resold = today().minusDays(3);
        declare(ni, resold);
        String afterResale = register(body(ni, null, resold, newEmail(), true));
        awaitPublished("RegistrationSubmitted", afterResale);
    }

    @Test
    void holdsARegistrationThatArrivesBeforeItsDeclarationAndSubmitsItAfterwards() {
        String ni = newNi();
        LocalDate purchase = today().minusDays(1);

        String registrationId = register(body(ni, CARDS.issue(ni, 1), null, newEmail(), true));

        JsonNode waiting = registration(registrationId);
        assertThat(waiting.get("status").asString()).isEqualTo("PENDING");
        assertThat(waiting.get("warranty").isNull()).isTrue();
        assertThat(mongo.findById(ni, WaitingList.Waiting.class).block().registrationIds()).containsExactly(registrationId);
        assertThat(probe.seen(Topics.REGISTRATIONS, "RegistrationSubmitted", registrationId)).isEmpty();

        send(saleDeclared(ni, purchase));

        RegistrationSubmitted submitted = read(awaitPublished("RegistrationSubmitted", registrationId), RegistrationSubmitted.class);
        assertThat(submitted.registeredOn()).isEqualTo(today());
        assertThat(registration(registrationId).at("/warranty/status").asString()).isEqualTo("BASE");
        eventually().until(() -> mongo.findById(ni, WaitingList.Waiting.class).block() == null);
    }

    @Test
    void acceptsTheNiAsPrinted() {
        String ni = newNi();
        declare(ni, today().minusDays(10));
        String printed = lower(ni.substring(0, 4)) + " " + ni.substring(4, 8) + "-" + lower(ni.substring(8));

        String registrationId = register(body(printed, CARDS.issue(ni, 1), null, newEmail(), true));

        assertThat(read(awaitPublished("RegistrationSubmitted", registrationId), RegistrationSubmitted.class).ni()).isEqualTo(ni);
        assertThat(registration(registrationId).get("ni").asString()).isEqualTo(ni);
    }

    @Test
    void publishesOneCompletionWhenTheOutcomeIsDeliveredTwice() {
        String ni = newNi();
        LocalDate purchase = today().minusMonths(1);
        declare(ni, purchase);
        String first = submittedRegistration(ni, newEmail(), true);
        String marker = submittedRegistration(ni, newEmail(), true);
        approve(first, ni, "cust-" + ni);
        WarrantyExtended extended = new WarrantyExtended(id(), Instant.now(), "corr", first, ni, "cust-" + ni,
                purchase.plusYears(8), "cartier-care", 1, List.of("CC-3"));

        send(extended);
        send(extended);
        send(new ExtensionRejected(id(), Instant.now(), "corr", first, ni, "cust-" + ni, "NOT_ELIGIBLE_PRODUCT", null));
        send(new ExtensionRejected(id(), Instant.now(), "corr", marker, ni, "cust-" + ni, "NOT_ELIGIBLE_PRODUCT", null));

        awaitPublished("RegistrationCompleted", marker);
        assertThat(probe.seen(Topics.REGISTRATIONS, "RegistrationCompleted", first)).hasSize(1);
        JsonNode view = registration(first);
        assertThat(view.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(view.get("outcome").asString()).isEqualTo(Outcomes.EXTENSION_ACTIVATED);
    }

    @Test
    void ignoresARedeliveredDeclarationAfterItsVoid() {
        String ni = newNi();
        SaleDeclared sale = declare(ni, today().minusMonths(1));
        voidSale(ni);

        send(sale);
        reprint(ni, 3);

        assertThat(mongo.findById(ni, Product.class).block().voided()).isTrue();
    }

    @Test
    void ignoresUnknownEventTypesAndUnknownFields() {
        String ni = newNi();
        probe.send(Topics.PRODUCTS, ni, "SaleForecast", "{\"not\": \"for registration " + ni + "\"}");
        String withNewField = json.writeValueAsString(saleDeclared(ni, today().minusDays(2)))
                .replaceFirst("\\{", "{\"engravingStyle\":\"ROMAN\",");

        probe.send(Topics.PRODUCTS, ni, "SaleDeclared", withNewField);

        awaitProduct(ni, product -> product.brand().equals("CARTIER"));
        assertThat(probe.seen(Topics.deadLetterOf(Topics.PRODUCTS), null, ni)).isEmpty();
    }

    @Test
    void erasesTheCustomersPersonalDataAndIgnoresOtherConsentEvents() {
        String ni = newNi();
        declare(ni, today().minusMonths(1));
        String registrationId = submittedRegistration(ni, newEmail(), true);
        String customerId = "cust-" + ni;
        approve(registrationId, ni, customerId);
        eventually().until(() -> customerId.equals(registrationDocument(registrationId).customerId()));

        send(new ConsentGranted(id(), Instant.now(), "corr", customerId, "MARKETING", "WEB", "REGISTRATION", "2026-01", "ES"));
        send(new CustomerErased(id(), Instant.now(), "corr", customerId));

        Registration erased = eventually().until(() -> registrationDocument(registrationId), r -> r.erasedAt() != null);
        assertThat(erased.customer().email()).isNull();
        assertThat(erased.customer().givenName()).isNull();
        assertThat(erased.customer().familyName()).isNull();
        assertThat(erased.customer().phone()).isNull();
        assertThat(erased.customer().language()).isEqualTo("es");
        assertThat(registration(registrationId).get("status").asString()).isEqualTo("PENDING");
        assertThat(probe.seen(Topics.deadLetterOf(Topics.CONSENT), null, customerId)).isEmpty();
    }

    @Test
    void answersKnownAndUnknownNisAlike() {
        String known = newNi();
        declare(known, today().minusMonths(1));
        Map<String, Object> forKnown = body(known, null, today().minusYears(3), newEmail(), true);
        Map<String, Object> forUnknown = body(newNi(), null, today().minusYears(3), newEmail(), true);

        JsonNode knownAnswer = web.post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON).bodyValue(forKnown)
                .exchange().expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode unknownAnswer = web.post().uri("/api/registrations").contentType(MediaType.APPLICATION_JSON).bodyValue(forUnknown)
                .exchange().expectStatus().isAccepted().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(knownAnswer.propertyNames()).containsExactlyElementsOf(unknownAnswer.propertyNames());
        assertThat(knownAnswer.get("status")).isEqualTo(unknownAnswer.get("status"));
    }
}
