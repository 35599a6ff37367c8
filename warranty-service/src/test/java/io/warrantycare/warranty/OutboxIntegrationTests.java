package io.warrantycare.warranty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.warrantycare.contracts.SaleVoided;
import io.warrantycare.contracts.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

class OutboxIntegrationTests extends IntegrationTestSupport {

    @Autowired
    JsonMapper json;

    @Test
    void sweepsAnEntryACrashLeftInADocument() {
        String ni = uniqueNi();
        String eventId = UUID.randomUUID().toString();
        SaleVoided event = new SaleVoided(eventId, Instant.now(), "corr-sweep", ni, "RETURN");
        OutboxEntry left = new OutboxEntry(eventId, Topics.PRODUCTS, ni, "SaleVoided", json.writeValueAsString(event),
                "corr-sweep", Instant.now().minus(Duration.ofMinutes(1)));
        mongo.insert(new ProductDocument(ni, 1, null, null, List.of(), List.of(), List.of(), null, List.of(left)))
                .block(Duration.ofSeconds(10));

        awaitEvents(Topics.PRODUCTS, "SaleVoided", ni, 1);
        assertThat(events(Topics.PRODUCTS, "SaleVoided", ni).get(0).correlationId()).isEqualTo("corr-sweep");
        await().atMost(PATIENCE).until(() -> document(ni).outbox().isEmpty());
        assertThat(events(Topics.PRODUCTS, "SaleVoided", ni)).hasSize(1);
    }
}
