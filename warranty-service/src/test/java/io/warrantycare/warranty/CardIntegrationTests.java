package io.warrantycare.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import io.warrantycare.contracts.CardTokens;
import io.warrantycare.contracts.Topics;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class CardIntegrationTests extends IntegrationTestSupport {

    @Autowired
    WarrantySettings settings;

    record CardBody(String ni, String reference, String collection, int cardVersion, String qrUrl, String issuedAt) {
    }

    @Test
    void showsTheCardWithAQrUrlSignedForItsVersion() {
        String ni = declared(TODAY);

        CardBody card = http.get().uri("/api/cards/{ni}", printed(ni)).exchange()
                .expectStatus().isOk()
                .expectBody(CardBody.class).returnResult().getResponseBody();

        assertThat(card.ni()).isEqualTo(ni);
        assertThat(card.reference()).isEqualTo("WSSA0018");
        assertThat(card.collection()).isEqualTo("Santos de Cartier");
        assertThat(card.cardVersion()).isEqualTo(1);
        assertThat(card.issuedAt()).isNotBlank();
        assertThat(card.qrUrl()).startsWith(settings.cards().publicBaseUrl() + "/r/" + ni + "?t=");
        assertThat(tokens().verifiedVersion(ni, token(card))).contains(1);
    }

    @Test
    void reprintsACardWithTheNextVersionAuditsItAndPublishesCardReprinted() {
        String ni = declared(TODAY.minusDays(40));
        CardBody first = http.get().uri("/api/cards/{ni}", ni).exchange()
                .expectBody(CardBody.class).returnResult().getResponseBody();

        CardBody reprinted = http.post().uri("/api/cards/{ni}/reprints", ni).contentType(MediaType.APPLICATION_JSON)
                .header("X-Partner-Subject", "clerk-7").header("X-Partner-Center-Id", "DC-EU-1")
                .bodyValue(Map.of("reason", "LOSS")).exchange()
                .expectStatus().isCreated()
                .expectBody(CardBody.class).returnResult().getResponseBody();

        assertThat(reprinted.cardVersion()).isEqualTo(2);
        assertThat(tokens().verifiedVersion(ni, token(reprinted))).contains(2);
        assertThat(token(reprinted)).isNotEqualTo(token(first));
        awaitEvents(Topics.PRODUCTS, "CardReprinted", ni, 1);
        assertThat(events(Topics.PRODUCTS, "CardReprinted", ni).get(0).value())
                .contains("\"cardVersion\":2", "\"reason\":\"LOSS\"", "\"centerId\":\"DC-EU-1\"");
        Card card = document(ni).card();
        assertThat(card.version()).isEqualTo(2);
        assertThat(card.reprints()).singleElement().satisfies(reprint -> {
            assertThat(reprint.requestedBy()).isEqualTo("clerk-7");
            assertThat(reprint.centerId()).isEqualTo("DC-EU-1");
            assertThat(reprint.reason()).isEqualTo("LOSS");
            assertThat(reprint.at()).isNotNull();
        });
        http.get().uri("/api/cards/{ni}", ni).exchange()
                .expectBody().jsonPath("$.cardVersion").isEqualTo(2);
    }

    @Test
    void refusesReprintsWithoutAReasonOrForUnknownNis() {
        String ni = declared(TODAY);
        http.post().uri("/api/cards/{ni}/reprints", ni).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "BORED")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        http.post().uri("/api/cards/{ni}/reprints", uniqueNi()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "LOSS")).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_PRODUCT");
        http.get().uri("/api/cards/{ni}", uniqueNi()).exchange()
                .expectStatus().isNotFound().expectBody(Void.class);
    }

    private CardTokens tokens() {
        return new CardTokens(settings.cards().tokenSecret());
    }

    private static String token(CardBody card) {
        return card.qrUrl().substring(card.qrUrl().indexOf("?t=") + 3);
    }
}
