package io.warrantycare.warranty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.warrantycare.contracts.Topics;
import io.warrantycare.testsupport.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class SaleDeclarationIntegrationTests extends IntegrationTestSupport {

    @Test
    void declaresASaleOnceAndPublishesSaleDeclaredWithTheCanonicalNi() {
        String ni = uniqueNi();

        declare(cartierWatch(printed(ni), TODAY.minusDays(10)))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.ni").isEqualTo(ni)
                .jsonPath("$.brand").isEqualTo("CARTIER")
                .jsonPath("$.purchaseDate").isEqualTo(TODAY.minusDays(10).toString())
                .jsonPath("$.warranty.status").isEqualTo("BASE")
                .jsonPath("$.warranty.baseWarrantyEnd").isEqualTo(TODAY.minusDays(10).plusYears(2).toString())
                .jsonPath("$.warranty.extension.eligible").isEqualTo(true)
                .jsonPath("$.warranty.extension.years").isEqualTo(6);

        awaitEvents(Topics.PRODUCTS, "SaleDeclared", ni, 1);
        TopicProbe.Seen event = events(Topics.PRODUCTS, "SaleDeclared", ni).get(0);
        assertThat(event.value()).contains("\"ni\":\"" + ni + "\"", "\"cardVersion\":1", "\"extensionEligible\":true",
                "\"extensionYears\":6", "\"baseWarrantyEnd\":\"" + TODAY.minusDays(10).plusYears(2) + "\"");
        assertThat(document(ni).card().version()).isEqualTo(1);
        assertThat(document(ni).outbox()).isEmpty();
    }

    @Test
    void answersAnIdenticalRepeatWith200AndPublishesNothingNew() {
        String ni = uniqueNi();
        Map<String, Object> sale = cartierWatch(ni, TODAY.minusDays(3));
        declare(sale).expectStatus().isCreated().expectBody(Void.class);
        awaitEvents(Topics.PRODUCTS, "SaleDeclared", ni, 1);

        declare(with(sale, "ni", printed(ni)))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.ni").isEqualTo(ni).jsonPath("$.warranty.status").isEqualTo("BASE");

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> events(Topics.PRODUCTS, "SaleDeclared", ni).size() == 1);
    }

    @Test
    void refusesADifferentDeclarationOfALiveSaleWith409() {
        String ni = declared(TODAY.minusDays(3));

        declare(with(cartierWatch(ni, TODAY.minusDays(3)), "reference", "WSSA0030"))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NI_ALREADY_DECLARED").jsonPath("$.status").isEqualTo(409);
    }

    @Test
    void refusesInvalidDeclarationsWithFieldErrors() {
        String ni = uniqueNi();
        List<Object[]> cases = List.of(
                new Object[] {with(cartierWatch(ni, TODAY), "ni", "AB-1"), "ni", "INVALID_NI"},
                new Object[] {with(cartierWatch(ni, TODAY), "category", "SPACESHIP"), "category", "UNKNOWN_CATEGORY"},
                new Object[] {with(cartierWatch(ni, TODAY), "dealer", null), "dealer", "REQUIRED"},
                new Object[] {with(cartierWatch(ni, TODAY), "dealer", Map.of("id", "BTQ")), "dealer.name", "REQUIRED"},
                new Object[] {with(cartierWatch(ni, TODAY), "purchaseDate", null), "purchaseDate", "REQUIRED"},
                new Object[] {cartierWatch(ni, TODAY.plusDays(2)), "purchaseDate", "DATE_IN_FUTURE"},
                new Object[] {with(cartierWatch(ni, TODAY), "purchaseDate", "2026-02-30"), "purchaseDate", "INVALID_DATE"},
                new Object[] {with(cartierWatch(ni, TODAY), "purchaseDate", "01/11/2026"), "purchaseDate", "INVALID_DATE"},
                new Object[] {with(cartierWatch(ni, TODAY), "channel", "FLEA_MARKET"), "channel", "INVALID_VALUE"});
        for (Object[] row : cases) {
            declare(row[0])
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                    .jsonPath("$.errors[?(@.field == '" + row[1] + "')].code").isEqualTo(row[2]);
        }
        assertThat(document(ni)).isNull();
    }

    @Test
    void answersUnknownBrandWith404() {
        declare(with(cartierWatch(uniqueNi(), TODAY), "brand", "ACME"))
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_BRAND");
    }

    @Test
    void declaresABatchRecordByRecordInOrder() {
        String created = uniqueNi();
        String repeated = declared(TODAY.minusDays(1));
        String conflicting = declared(TODAY.minusDays(1));
        List<Object> batch = new ArrayList<>();
        batch.add(cartierWatch(created, TODAY.minusDays(1)));
        batch.add(cartierWatch(repeated, TODAY.minusDays(1)));
        batch.add(with(cartierWatch(conflicting, TODAY.minusDays(1)), "collection", "Tank"));
        batch.add(with(cartierWatch(uniqueNi(), TODAY), "purchaseDate", "2026-13-01"));
        batch.add(with(cartierWatch(uniqueNi(), TODAY), "brand", "ACME"));
        batch.add("not an object");

        http.post().uri("/api/sales/batch").contentType(MediaType.APPLICATION_JSON).bodyValue(batch).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(6)
                .jsonPath("$[0].ni").isEqualTo(created)
                .jsonPath("$[0].status").isEqualTo("CREATED")
                .jsonPath("$[1].status").isEqualTo("UNCHANGED")
                .jsonPath("$[2].status").isEqualTo("CONFLICT")
                .jsonPath("$[2].errors[0].code").isEqualTo("NI_ALREADY_DECLARED")
                .jsonPath("$[3].status").isEqualTo("INVALID")
                .jsonPath("$[3].errors[0].field").isEqualTo("purchaseDate")
                .jsonPath("$[4].status").isEqualTo("INVALID")
                .jsonPath("$[4].errors[0].code").isEqualTo("UNKNOWN_BRAND")
                .jsonPath("$[5].status").isEqualTo("INVALID");

        awaitEvents(Topics.PRODUCTS, "SaleDeclared", created, 1);
        assertThat(document(created).sale().declaration().collection()).isEqualTo("Santos de Cartier");
    }

    @Test
    void declaresAThousandRecordsInOneBatchAndRefusesMore() {
        List<Object> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(cartierWatch(uniqueNi(), TODAY.minusDays(i % 300)));
        }
        http.post().uri("/api/sales/batch").contentType(MediaType.APPLICATION_JSON).bodyValue(batch).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1000)
                .jsonPath("$[?(@.status != 'CREATED')]").isEmpty();

        batch.add(cartierWatch(uniqueNi(), TODAY));
        http.post().uri("/api/sales/batch").contentType(MediaType.APPLICATION_JSON).bodyValue(batch).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void voidsASaleKeepsItInHistoryAndAllowsANewDeclaration() {
        String ni = declared(TODAY.minusDays(20));

        http.post().uri("/api/sales/{ni}/void", printed(ni)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "RETURN")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.ni").isEqualTo(ni).jsonPath("$.status").isEqualTo("VOIDED");
        awaitEvents(Topics.PRODUCTS, "SaleVoided", ni, 1);
        http.get().uri("/api/warranties/{ni}", ni).exchange()
                .expectStatus().isNotFound().expectBody(Void.class);

        declare(with(cartierWatch(ni, TODAY.minusDays(1)), "collection", "Tank Must"))
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.purchaseDate").isEqualTo(TODAY.minusDays(1).toString());

        awaitEvents(Topics.PRODUCTS, "SaleDeclared", ni, 2);
        ProductDocument product = document(ni);
        assertThat(product.voidedSales()).hasSize(1);
        assertThat(product.voidedSales().get(0).reason()).isEqualTo("RETURN");
        assertThat(product.voidedSales().get(0).sale().declaration().collection()).isEqualTo("Santos de Cartier");
        assertThat(product.sale().declaration().collection()).isEqualTo("Tank Must");
        assertThat(product.card().version()).isEqualTo(2);
        assertThat(events(Topics.PRODUCTS, "SaleDeclared", ni).get(1).value()).contains("\"cardVersion\":2");
    }

    @Test
    void refusesToVoidAnUnknownNiOrWithoutAValidReason() {
        http.post().uri("/api/sales/{ni}/void", uniqueNi()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "RETURN")).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_PRODUCT");

        String ni = declared(TODAY);
        http.post().uri("/api/sales/{ni}/void", ni).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "BORED")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
    }

    @Test
    void carriesTheRequestCorrelationIdAndThePartnerIntoTheSale() {
        String ni = uniqueNi();
        http.post().uri("/api/sales").contentType(MediaType.APPLICATION_JSON)
                .header("X-Correlation-Id", "corr-" + ni)
                .header("X-Partner-Subject", "seller-42")
                .header("X-Partner-Dealer-Id", "BTQ-PARIS-PAIX")
                .bodyValue(cartierWatch(ni, TODAY)).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("X-Correlation-Id", "corr-" + ni)
                .expectBody(Void.class);

        awaitEvents(Topics.PRODUCTS, "SaleDeclared", ni, 1);
        assertThat(events(Topics.PRODUCTS, "SaleDeclared", ni).get(0).correlationId()).isEqualTo("corr-" + ni);
        assertThat(events(Topics.PRODUCTS, "SaleDeclared", ni).get(0).value()).contains("\"correlationId\":\"corr-" + ni);
        assertThat(document(ni).sale().declaredBy()).isEqualTo(new Sale.DeclaredBy("seller-42", "BTQ-PARIS-PAIX"));
    }
}
