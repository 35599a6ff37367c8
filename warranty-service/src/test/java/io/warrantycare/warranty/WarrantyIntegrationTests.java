package io.warrantycare.warranty;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class WarrantyIntegrationTests extends IntegrationTestSupport {

    @Test
    void showsABaseWarrantyWithoutPersonalData() {
        String ni = declared(TODAY.minusMonths(3));

        http.get().uri("/api/warranties/{ni}", printed(ni)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.ni").isEqualTo(ni)
                .jsonPath("$.brand").isEqualTo("CARTIER")
                .jsonPath("$.reference").isEqualTo("WSSA0018")
                .jsonPath("$.collection").isEqualTo("Santos de Cartier")
                .jsonPath("$.status").isEqualTo("BASE")
                .jsonPath("$.baseWarrantyEnd").isEqualTo(TODAY.minusMonths(3).plusYears(2).toString())
                .jsonPath("$.coverageEnd").isEqualTo(TODAY.minusMonths(3).plusYears(2).toString())
                .jsonPath("$.extension.eligible").isEqualTo(true)
                .jsonPath("$.extension.deadline").isEqualTo(TODAY.minusMonths(3).plusYears(2).toString())
                .jsonPath("$.extension.activatedAt").isEmpty()
                .jsonPath("$.extension.years").isEqualTo(6)
                .jsonPath("$.purchaseDate").doesNotExist()
                .jsonPath("$.owners").doesNotExist()
                .jsonPath("$.dealer").doesNotExist();
    }

    @Test
    void showsAnExpiredWarrantyOnceTheBaseEndHasPassed() {
        String ni = declared(TODAY.minusYears(3));

        http.get().uri("/api/warranties/{ni}", ni).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("EXPIRED")
                .jsonPath("$.extension.eligible").isEqualTo(false);
    }

    @Test
    void showsATraditionWatchAsNotExtensible() {
        String ni = uniqueNi();
        declare(with(cartierWatch(ni, TODAY.minusDays(5)), "line", "TRADITION"))
                .expectStatus().isCreated().expectBody(Void.class);

        http.get().uri("/api/warranties/{ni}", ni).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("BASE")
                .jsonPath("$.extension.eligible").isEqualTo(false);
    }

    @Test
    void showsASeikoCardWithoutDealerNameAsNotCovered() {
        String ni = uniqueNi();
        Map<String, Object> sale = with(with(cartierWatch(ni, TODAY.minusDays(5)), "brand", "SEIKO"),
                "dealer", Map.of("id", "SK-TOKYO"));
        declare(sale).expectStatus().isCreated().expectBody(Void.class);

        http.get().uri("/api/warranties/{ni}", ni).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("NOT_COVERED");
    }

    @Test
    void answersAnUnknownNiWith404() {
        http.get().uri("/api/warranties/{ni}", uniqueNi()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_PRODUCT");
        http.get().uri("/api/warranties/{ni}", "no!").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_PRODUCT");
    }

    @Test
    void listsTheProgramsInForce() {
        http.get().uri("/api/policies").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.brand == 'CARTIER')].program").isEqualTo("Cartier Care")
                .jsonPath("$[?(@.brand == 'CARTIER')].versions[0].version").isEqualTo(1);
    }

    @Test
    void evaluatesCartierCareWithoutStoringAnything() {
        http.get().uri(uri -> uri.path("/api/policies/evaluate").queryParam("brand", "CARTIER")
                        .queryParam("category", "WATCH").queryParam("channel", "BOUTIQUE")
                        .queryParam("purchaseDate", TODAY.minusDays(1).toString()).build())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.brand").isEqualTo("CARTIER")
                .jsonPath("$.program").isEqualTo("Cartier Care")
                .jsonPath("$.baseWarrantyEnd").isEqualTo(TODAY.minusDays(1).plusYears(2).toString())
                .jsonPath("$.extension.eligible").isEqualTo(true)
                .jsonPath("$.extension.deadline").isEqualTo(TODAY.minusDays(1).plusYears(2).toString())
                .jsonPath("$.extension.years").isEqualTo(6)
                .jsonPath("$.extension.extendedEnd").isEqualTo(TODAY.minusDays(1).plusYears(8).toString())
                .jsonPath("$.extension.reason").isEmpty()
                .jsonPath("$.rules").isArray()
                .jsonPath("$.rules[?(@ == 'CC-3')]").exists();

        http.get().uri(uri -> uri.path("/api/policies/evaluate").queryParam("brand", "CARTIER")
                        .queryParam("category", "WATCH").queryParam("purchaseDate", "2020-01-10")
                        .queryParam("registrationDate", "2023-01-10").build())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.extension.eligible").isEqualTo(false)
                .jsonPath("$.extension.reason").isEqualTo("REGISTRATION_WINDOW_CLOSED")
                .jsonPath("$.rules[?(@ == 'CC-4')]").exists();

        http.get().uri(uri -> uri.path("/api/policies/evaluate").queryParam("brand", "CARTIER")
                        .queryParam("category", "JEWELRY").queryParam("purchaseDate", TODAY.toString()).build())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.extension.eligible").isEqualTo(false)
                .jsonPath("$.extension.reason").isEqualTo("NOT_ELIGIBLE_PRODUCT");
    }

    @Test
    void refusesUnknownBrandsCategoriesAndBadDatesWhenEvaluating() {
        http.get().uri("/api/policies/evaluate?brand=ACME&category=WATCH&purchaseDate=2025-01-01").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_BRAND");
        http.get().uri("/api/policies/evaluate?brand=CARTIER&category=SPACESHIP&purchaseDate=2025-01-01").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("category")
                .jsonPath("$.errors[0].code").isEqualTo("UNKNOWN_CATEGORY");
        http.get().uri("/api/policies/evaluate?brand=CARTIER&category=WATCH&purchaseDate=2025-02-30").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("INVALID_DATE");
        http.get().uri("/api/policies/evaluate?brand=CARTIER&category=WATCH&purchaseDate=" + TODAY.plusDays(1))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("purchaseDate")
                .jsonPath("$.errors[0].code").isEqualTo("DATE_IN_FUTURE");
        http.get().uri("/api/policies/evaluate?brand=CARTIER&category=WATCH&purchaseDate=2025-01-01"
                        + "&registrationDate=tomorrow").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("registrationDate");
    }

    @Test
    void checksCoverageAgainstTheCurrentCoverageEnd() {
        String ni = declared(TODAY.minusMonths(6));

        http.post().uri("/api/warranties/{ni}/coverage-checks", ni).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("intervention", "MOVEMENT_SERVICE", "date", TODAY.toString())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.covered").isEqualTo(true)
                .jsonPath("$.coverageEnd").isEqualTo(TODAY.minusMonths(6).plusYears(2).toString());
        http.post().uri("/api/warranties/{ni}/coverage-checks", ni).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("intervention", "STRAP_REPLACEMENT", "date", TODAY.toString())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.covered").isEqualTo(false)
                .jsonPath("$.reason").isEqualTo("EXCLUDED_INTERVENTION");
        http.post().uri("/api/warranties/{ni}/coverage-checks", ni).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("intervention", "MOVEMENT_SERVICE", "date", TODAY.plusYears(3).toString())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.covered").isEqualTo(false)
                .jsonPath("$.reason").isEqualTo("COVERAGE_EXPIRED");
    }

    @Test
    void refusesCoverageChecksWithoutADateOrForAnUnknownNi() {
        String ni = declared(TODAY);
        http.post().uri("/api/warranties/{ni}/coverage-checks", ni).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("intervention", "MOVEMENT_SERVICE")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("date");
        http.post().uri("/api/warranties/{ni}/coverage-checks", uniqueNi()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("intervention", "MOVEMENT_SERVICE", "date", TODAY.toString())).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_PRODUCT");
    }
}
