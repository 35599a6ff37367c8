package io.warrantycare.warranty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.warrantycare.contracts.EnrollmentApproved;
import io.warrantycare.contracts.EnrollmentRejected;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.Topics;
import io.warrantycare.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

class EnrollmentIntegrationTests extends IntegrationTestSupport {

    private static final String EXTENDED = "WarrantyExtended";
    private static final String OWNER = "OwnershipRecorded";
    private static final String REJECTED = "ExtensionRejected";

    @Autowired
    JsonMapper json;

    @Test
    void activatesTheExtensionAndKeepsTheDecisionRecord() {
        LocalDate purchase = TODAY.minusDays(30);
        String ni = declared(purchase);
        String registrationId = "reg-" + UUID.randomUUID();

        send(approved(ni, registrationId, "cust-1", "BUYER", TODAY, "corr-" + registrationId));

        awaitEvents(Topics.WARRANTIES, EXTENDED, ni, 1);
        TopicProbe.Seen event = events(Topics.WARRANTIES, EXTENDED, ni).get(0);
        assertThat(event.correlationId()).isEqualTo("corr-" + registrationId);
        assertThat(event.value()).contains("\"registrationId\":\"" + registrationId + "\"",
                "\"coverageEnd\":\"" + purchase.plusYears(8) + "\"", "\"policyId\":\"cartier-care\"");
        http.get().uri("/api/warranties/{ni}", ni).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("EXTENDED")
                .jsonPath("$.baseWarrantyEnd").isEqualTo(purchase.plusYears(2).toString())
                .jsonPath("$.coverageEnd").isEqualTo(purchase.plusYears(8).toString())
                .jsonPath("$.extension.activatedAt").isNotEmpty()
                .jsonPath("$.extension.years").isEqualTo(6)
                .jsonPath("$.owners").doesNotExist();
        ProductDocument product = document(ni);
        assertThat(product.extension().extendedEnd()).isEqualTo(purchase.plusYears(8));
        assertThat(product.extension().registrationId()).isEqualTo(registrationId);
        assertThat(product.extension().decision().policyId()).isEqualTo("cartier-care");
        assertThat(product.extension().decision().rules()).contains("CC-3", "CC-4");
        assertThat(product.extension().decision().inputs().purchaseDate()).isEqualTo(purchase);
        assertThat(product.extension().decision().registrationDate()).isEqualTo(TODAY);
        assertThat(product.owners()).extracting(Owner::customerId).containsExactly("cust-1");
        assertThat(product.processedRegistrations()).containsExactly(registrationId);

        http.post().uri("/api/warranties/{ni}/coverage-checks", ni).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("intervention", "MOVEMENT_SERVICE", "date", purchase.plusYears(5).toString()))
                .exchange()
                .expectBody().jsonPath("$.covered").isEqualTo(true)
                .jsonPath("$.coverageEnd").isEqualTo(purchase.plusYears(8).toString());
    }

    @Test
    void changesNothingWhenTheSameEnrollmentIsDeliveredTwice() {
        String ni = declared(TODAY.minusDays(2));
        EnrollmentApproved approved = approved(ni, "reg-" + UUID.randomUUID(), "cust-2", "BUYER", TODAY, "corr-twice");

        send(approved);
        send(approved);

        awaitEvents(Topics.WARRANTIES, EXTENDED, ni, 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> events(Topics.WARRANTIES, null, ni).size() == 1);
        assertThat(document(ni).owners()).hasSize(1);
    }

    @Test
    void activatesOnlyOnceUnderConcurrentRegistrations() {
        LocalDate purchase = TODAY.minusDays(100);
        String ni = declared(purchase);

        IntStream.range(0, 20).parallel().forEach(i ->
                send(approved(ni, "reg-" + i + "-" + UUID.randomUUID(), "cust-" + i, "BUYER", TODAY, "corr-" + i)));

        await().atMost(PATIENCE).until(() -> events(Topics.WARRANTIES, EXTENDED, ni).size()
                + events(Topics.WARRANTIES, OWNER, ni).size() >= 20);
        assertThat(events(Topics.WARRANTIES, EXTENDED, ni)).hasSize(1);
        assertThat(events(Topics.WARRANTIES, OWNER, ni)).hasSize(19)
                .allSatisfy(seen -> assertThat(seen.value()).contains("\"coverageEnd\":\"" + purchase.plusYears(8) + "\""));
        ProductDocument product = document(ni);
        assertThat(product.owners()).hasSize(20);
        assertThat(product.processedRegistrations()).hasSize(20);
        assertThat(product.extension().extendedEnd()).isEqualTo(purchase.plusYears(8));
    }

    @Test
    void recordsALaterOwnerWithoutExtendingAgain() {
        LocalDate purchase = TODAY.minusMonths(14);
        String ni = declared(purchase);
        send(approved(ni, "reg-first-" + UUID.randomUUID(), "cust-first", "BUYER", TODAY.minusMonths(13), "c1"));
        awaitEvents(Topics.WARRANTIES, EXTENDED, ni, 1);

        String later = "reg-later-" + UUID.randomUUID();
        send(approved(ni, later, "cust-later", "SUBSEQUENT_OWNER", TODAY, "c2"));

        awaitEvents(Topics.WARRANTIES, OWNER, ni, 1);
        assertThat(events(Topics.WARRANTIES, OWNER, ni).get(0).value())
                .contains("\"registrationId\":\"" + later + "\"", "\"coverageEnd\":\"" + purchase.plusYears(8) + "\"");
        assertThat(events(Topics.WARRANTIES, EXTENDED, ni)).hasSize(1);
        ProductDocument product = document(ni);
        assertThat(product.owners()).extracting(Owner::ownership).containsExactly("BUYER", "SUBSEQUENT_OWNER");
        assertThat(product.extension().customerId()).isEqualTo("cust-first");
    }

    @Test
    void rejectsWhatThePolicyRefusesWithItsReason() {
        String tradition = uniqueNi();
        declare(with(cartierWatch(tradition, TODAY.minusDays(3)), "line", "TRADITION"))
                .expectStatus().isCreated().expectBody(Void.class);
        String late = declared(TODAY.minusYears(2).minusDays(1));

        send(approved(tradition, "reg-" + UUID.randomUUID(), "c", "BUYER", TODAY, "c"));
        send(approved(late, "reg-" + UUID.randomUUID(), "c", "BUYER", TODAY, "c"));

        awaitEvents(Topics.WARRANTIES, REJECTED, tradition, 1);
        awaitEvents(Topics.WARRANTIES, REJECTED, late, 1);
        assertThat(events(Topics.WARRANTIES, REJECTED, tradition).get(0).value())
                .contains("\"reason\":\"NOT_ELIGIBLE_PRODUCT\"");
        assertThat(events(Topics.WARRANTIES, REJECTED, late).get(0).value())
                .contains("\"reason\":\"REGISTRATION_WINDOW_CLOSED\"");
        assertThat(document(late).extension()).isNull();
        http.get().uri("/api/warranties/{ni}", late).exchange().expectBody().jsonPath("$.status").isEqualTo("EXPIRED");
    }

    @Test
    void rejectsUnknownProductsOnceAndVoidedSales() {
        String unknown = uniqueNi();
        EnrollmentApproved forUnknown = approved(unknown, "reg-" + UUID.randomUUID(), "c", "BUYER", TODAY, "c");
        send(forUnknown);
        send(forUnknown);
        String voided = declared(TODAY.minusDays(8));
        http.post().uri("/api/sales/{ni}/void", voided).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "EXCHANGE")).exchange().expectStatus().isOk().expectBody(Void.class);
        send(approved(voided, "reg-" + UUID.randomUUID(), "c", "BUYER", TODAY, "c"));

        awaitEvents(Topics.WARRANTIES, REJECTED, unknown, 1);
        awaitEvents(Topics.WARRANTIES, REJECTED, voided, 1);
        assertThat(events(Topics.WARRANTIES, REJECTED, unknown).get(0).value()).contains("\"reason\":\"UNKNOWN_PRODUCT\"");
        assertThat(events(Topics.WARRANTIES, REJECTED, voided).get(0).value()).contains("\"reason\":\"SALE_VOIDED\"");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .until(() -> events(Topics.WARRANTIES, null, unknown).size() == 1);
        http.get().uri("/api/warranties/{ni}", unknown).exchange()
                .expectStatus().isNotFound().expectBody(Void.class);
    }

    @Test
    void voidingAnExtendedSaleKeepsTheExtensionInHistoryAndTheNextSaleCanBeExtendedAgain() {
        LocalDate purchase = TODAY.minusDays(50);
        String ni = declared(purchase);
        send(approved(ni, "reg-" + UUID.randomUUID(), "c-old", "BUYER", TODAY, "c"));
        awaitEvents(Topics.WARRANTIES, EXTENDED, ni, 1);
        http.post().uri("/api/sales/{ni}/void", ni).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "RETURN")).exchange().expectStatus().isOk().expectBody(Void.class);
        declare(cartierWatch(ni, TODAY)).expectStatus().isCreated().expectBody(Void.class);

        send(approved(ni, "reg-" + UUID.randomUUID(), "c-new", "BUYER", TODAY, "c"));

        awaitEvents(Topics.WARRANTIES, EXTENDED, ni, 2);
        ProductDocument product = document(ni);
        assertThat(product.voidedSales()).singleElement()
                .satisfies(voided -> assertThat(voided.extension().customerId()).isEqualTo("c-old"));
        assertThat(product.extension().customerId()).isEqualTo("c-new");
        assertThat(product.extension().extendedEnd()).isEqualTo(TODAY.plusYears(8));
    }

    @Test
    void sendsAPoisonMessageToTheDeadLetterTopicAndKeepsConsuming() {
        String ni = declared(TODAY.minusDays(1));
        String marker = "poison-" + UUID.randomUUID();
        probe.send(Topics.ENROLLMENT, ni, EventTypes.idOf(EnrollmentApproved.class), "{\"registrationId\": \"" + marker);

        send(approved(ni, "reg-" + UUID.randomUUID(), "c", "BUYER", TODAY, "c"));

        await().atMost(PATIENCE).until(() -> !probe.seen(Topics.deadLetterOf(Topics.ENROLLMENT), null, marker).isEmpty());
        awaitEvents(Topics.WARRANTIES, EXTENDED, ni, 1);
    }

    @Test
    void ignoresRejectedEnrollmentsUnknownTypesAndUnknownFields() {
        String ni = declared(TODAY.minusDays(1));
        String rejected = json.writeValueAsString(new EnrollmentRejected(UUID.randomUUID().toString(), Instant.now(),
                "c", "reg-" + UUID.randomUUID(), ni, "c", "MARKETING_CONSENT_REQUIRED"));
        probe.send(Topics.ENROLLMENT, ni, EventTypes.idOf(EnrollmentRejected.class), rejected);
        probe.send(Topics.ENROLLMENT, ni, "SomethingNew", "{\"ni\":\"" + ni + "\"}");
        String registrationId = "reg-" + UUID.randomUUID();
        String withExtraField = json.writeValueAsString(approved(ni, registrationId, "c", "BUYER", TODAY, "c"))
                .replaceFirst("\\{", "{\"addedLater\":{\"x\":1},");

        probe.send(Topics.ENROLLMENT, ni, EventTypes.idOf(EnrollmentApproved.class), withExtraField);

        awaitEvents(Topics.WARRANTIES, EXTENDED, ni, 1);
        assertThat(events(Topics.WARRANTIES, null, ni)).hasSize(1);
        assertThat(document(ni).processedRegistrations()).containsExactly(registrationId);
    }

    private static EnrollmentApproved approved(String ni, String registrationId, String customerId, String ownership,
            LocalDate registeredOn, String correlationId) {
        return new EnrollmentApproved(UUID.randomUUID().toString(), Instant.now(), correlationId, registrationId, ni,
                customerId, ownership, registeredOn);
    }

    private void send(EnrollmentApproved approved) {
        probe.send(Topics.ENROLLMENT, approved.partitionKey(), EventTypes.idOf(EnrollmentApproved.class),
                json.writeValueAsString(approved), Map.of("correlationId", approved.correlationId()));
    }
}
