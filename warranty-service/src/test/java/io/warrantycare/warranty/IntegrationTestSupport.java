package io.warrantycare.warranty;

import static org.awaitility.Awaitility.await;

import io.warrantycare.contracts.Topics;
import io.warrantycare.testsupport.RealInfrastructure;
import io.warrantycare.testsupport.TopicProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every integration test class shares: one Spring context on the real broker and MongoDB-protocol server
 * (same annotations everywhere, so the context is cached), a probe on every topic, and helpers for unique NIs and
 * Cartier declarations dated relative to today.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "60s")
@RealInfrastructure
abstract class IntegrationTestSupport {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    static TopicProbe probe;

    @Autowired
    WebTestClient http;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeAll
    static void openProbe() {
        List<String> topics = new ArrayList<>(Topics.ALL);
        Topics.ALL.forEach(topic -> topics.add(Topics.deadLetterOf(topic)));
        probe = new TopicProbe(topics);
    }

    @AfterAll
    static void closeProbe() {
        probe.close();
    }

    /** A fresh NI, printed with a space and in lower case to exercise the canonical form. */
    static String uniqueNi() {
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
        return "WT" + random;
    }

    static String printed(String canonicalNi) {
        return canonicalNi.substring(0, 4).toLowerCase(Locale.ROOT) + " " + canonicalNi.substring(4);
    }

    static Map<String, Object> cartierWatch(String ni, LocalDate purchaseDate) {
        Map<String, Object> dealer = new LinkedHashMap<>();
        dealer.put("id", "BTQ-PARIS-PAIX");
        dealer.put("name", "Cartier Paris Paix");
        dealer.put("country", "FR");
        Map<String, Object> sale = new LinkedHashMap<>();
        sale.put("ni", ni);
        sale.put("brand", "CARTIER");
        sale.put("reference", "WSSA0018");
        sale.put("collection", "Santos de Cartier");
        sale.put("category", "WATCH");
        sale.put("line", null);
        sale.put("purchaseDate", purchaseDate == null ? null : purchaseDate.toString());
        sale.put("dealer", dealer);
        sale.put("channel", "BOUTIQUE");
        return sale;
    }

    static Map<String, Object> with(Map<String, Object> sale, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(sale);
        copy.put(field, value);
        return copy;
    }

    WebTestClient.ResponseSpec declare(Object body) {
        return http.post().uri("/api/sales").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    String declared(LocalDate purchaseDate) {
        String ni = uniqueNi();
        declare(cartierWatch(ni, purchaseDate)).expectStatus().isCreated().expectBody(Void.class);
        return ni;
    }

    ProductDocument document(String ni) {
        return mongo.findById(ni, ProductDocument.class).block(Duration.ofSeconds(10));
    }

    static List<TopicProbe.Seen> events(String topic, String type, String ni) {
        return probe.seen(record -> record.topic().equals(topic) && ni.equals(record.key())
                && (type == null || type.equals(record.type())));
    }

    static void awaitEvents(String topic, String type, String ni, int count) {
        await().atMost(PATIENCE).until(() -> events(topic, type, ni).size() >= count);
    }
}
