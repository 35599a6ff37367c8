package io.warrantycare.registration;

import static org.awaitility.Awaitility.await;

import io.warrantycare.contracts.CardReprinted;
import io.warrantycare.contracts.CardTokens;
import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EnrollmentApproved;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.SaleDeclared;
import io.warrantycare.contracts.SaleVoided;
import io.warrantycare.contracts.Topics;
import io.warrantycare.testsupport.RealInfrastructure;
import io.warrantycare.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring context on the real broker and MongoDB server, shared by every integration test class that extends this
 * one. The tests play warranty-service and crm-service by sending their events, and read what registration publishes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.org.apache.kafka=WARN")
@AutoConfigureWebTestClient
@RealInfrastructure
abstract class RegistrationIntegrationTestSupport {

    static final CardTokens CARDS = new CardTokens("dev-card-token-secret-change-me");
    static final Duration PATIENCE = Duration.ofSeconds(45);

    static TopicProbe probe;

    @Autowired
    WebTestClient web;

    @Autowired
    JsonMapper json;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeAll
    static void startProbe() {
        List<String> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(topic);
            topics.add(Topics.deadLetterOf(topic));
        }
        probe = new TopicProbe(topics);
    }

    @AfterAll
    static void stopProbe() {
        probe.close();
    }

    @BeforeEach
    void patientClient() {
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    static ConditionFactory eventually() {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static String newNi() {
        StringBuilder ni = new StringBuilder("IT");
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        for (int i = 0; i < 10; i++) {
            ni.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return ni.toString();
    }

    static String newEmail() {
        return "ana." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    void send(DomainEvent event) {
        probe.send(topicOf(event), event.partitionKey(), EventTypes.idOf(event.getClass()), json.writeValueAsString(event));
    }

    static String topicOf(DomainEvent event) {
        String type = EventTypes.idOf(event.getClass());
        return switch (type) {
            case "SaleDeclared", "SaleVoided", "CardReprinted" -> Topics.PRODUCTS;
            case "EnrollmentApproved", "EnrollmentRejected" -> Topics.ENROLLMENT;
            case "WarrantyExtended", "OwnershipRecorded", "ExtensionRejected" -> Topics.WARRANTIES;
            case "ConsentGranted", "ConsentWithdrawn", "CustomerErased" -> Topics.CONSENT;
            default -> Topics.REGISTRATIONS;
        };
    }

    static SaleDeclared saleDeclared(String ni, LocalDate purchaseDate) {
        return new SaleDeclared(id(), Instant.now(), "sale-" + ni, ni, "CARTIER", "WSSA0018", "Santos de Cartier", "WATCH",
                purchaseDate, "BTQ-PARIS-PAIX", "FR", 1, purchaseDate.plusYears(2), true, purchaseDate.plusYears(2), 6);
    }

    /** Declares a sale as warranty-service would and waits until the read model has it. */
    SaleDeclared declare(String ni, LocalDate purchaseDate) {
        SaleDeclared sale = saleDeclared(ni, purchaseDate);
        send(sale);
        awaitProduct(ni, product -> !product.voided() && purchaseDate.equals(product.purchaseDate()));
        return sale;
    }

    void voidSale(String ni) {
        send(new SaleVoided(id(), Instant.now(), "void-" + ni, ni, "RETURN"));
        awaitProduct(ni, Product::voided);
    }

    void reprint(String ni, int cardVersion) {
        send(new CardReprinted(id(), Instant.now(), "reprint-" + ni, ni, cardVersion, "LOSS", "DC-EU"));
        awaitProduct(ni, product -> product.cardVersion() == cardVersion);
    }

    Product awaitProduct(String ni, Predicate<Product> condition) {
        return eventually().until(() -> mongo.findById(ni, Product.class).block(), product -> product != null && condition.test(product));
    }

    Registration registrationDocument(String registrationId) {
        return mongo.findById(registrationId, Registration.class).block();
    }

    static Map<String, Object> body(String ni, String cardToken, LocalDate purchaseDate, String email, boolean marketing) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("givenName", "Ana");
        customer.put("familyName", "García");
        customer.put("email", email);
        customer.put("phone", "+34600000000");
        customer.put("country", "ES");
        customer.put("language", "es");
        Map<String, Object> consents = new LinkedHashMap<>();
        consents.put("marketing", marketing);
        consents.put("privacyNoticeVersion", "2026-01");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ni", ni);
        body.put("cardToken", cardToken);
        body.put("purchaseDate", purchaseDate == null ? null : purchaseDate.toString());
        body.put("ownership", "BUYER");
        body.put("customer", customer);
        body.put("consents", consents);
        return body;
    }

    /** Posts a registration, checks the uniform 202 answer of API.md and returns the registration id. */
    String register(Map<String, Object> body) {
        JsonNode answer = web.post().uri("/api/registrations")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        String registrationId = answer.get("id").asString();
        if (!"PENDING".equals(answer.get("status").asString())) {
            throw new AssertionError("A registration is always answered PENDING, got " + answer);
        }
        return registrationId;
    }

    JsonNode registration(String registrationId) {
        return web.get().uri("/api/registrations/{id}", registrationId)
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    JsonNode awaitStatus(String registrationId, String status) {
        return eventually().until(() -> registration(registrationId), view -> status.equals(view.get("status").asString()));
    }

    /** The single record of that type about that registration (or NI) once it appears. */
    TopicProbe.Seen awaitPublished(String type, String mentioning) {
        return eventually().until(() -> probe.seen(Topics.REGISTRATIONS, type, mentioning), seen -> !seen.isEmpty()).get(0);
    }

    <T> T read(TopicProbe.Seen seen, Class<T> type) {
        return json.readValue(seen.value(), type);
    }

    /** Registers with the card token of a freshly declared watch and waits until CRM has it. */
    String submittedRegistration(String ni, String email, boolean marketing) {
        String registrationId = register(body(ni, CARDS.issue(ni, 1), null, email, marketing));
        awaitPublished("RegistrationSubmitted", registrationId);
        return registrationId;
    }

    void approve(String registrationId, String ni, String customerId) {
        send(new EnrollmentApproved(id(), Instant.now(), "crm-" + registrationId, registrationId, ni, customerId, "BUYER", today()));
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
