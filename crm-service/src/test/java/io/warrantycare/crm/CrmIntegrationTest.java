package io.warrantycare.crm;

import static org.awaitility.Awaitility.await;

import io.warrantycare.contracts.CustomerDetails;
import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.RegistrationSubmitted;
import io.warrantycare.contracts.Topics;
import io.warrantycare.testsupport.RealInfrastructure;
import io.warrantycare.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring context for every integration test class of the module (same annotations and properties), on the real
 * Kafka broker and MongoDB-protocol server. Switzerland has the CC-12 rule switched off, to test the market setting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "warrantycare.crm.consent.markets.CH.marketing-required=false")
@RealInfrastructure
@AutoConfigureWebTestClient
abstract class CrmIntegrationTest {

    static final Duration PATIENCE = Duration.ofSeconds(45);
    static TopicProbe probe;

    @Autowired
    JsonMapper json;

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveMongoTemplate mongo;

    @BeforeAll
    static void startProbe() {
        probe = new TopicProbe(Topics.REGISTRATIONS, Topics.deadLetterOf(Topics.REGISTRATIONS), Topics.ENROLLMENT, Topics.CONSENT,
                Topics.CRM_MESSAGES);
    }

    @AfterAll
    static void stopProbe() {
        probe.close();
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    static String newNi() {
        return "NI" + unique();
    }

    static String newEmail() {
        return "ana." + unique().toLowerCase(Locale.ROOT) + "@example.com";
    }

    static RegistrationSubmitted registration(String ni, String email, boolean marketing, String country) {
        return new RegistrationSubmitted(UUID.randomUUID().toString(), Instant.now(), "corr-" + unique(),
                "reg-" + unique(), ni, "BUYER", LocalDate.of(2026, 3, 14),
                new CustomerDetails("Ana", "García", email, "+34600000000", country, "es"), marketing, "2026-01", "QR");
    }

    /** Sends the event as registration-service does: contract record as JSON, headers eventType and correlationId. */
    void submit(RegistrationSubmitted registration) {
        probe.send(Topics.REGISTRATIONS, registration.ni(), EventTypes.idOf(RegistrationSubmitted.class),
                json.writeValueAsString(registration), Map.of(EventHeaders.CORRELATION_ID, registration.correlationId()));
    }

    /** Waits for exactly one record of the type that mentions the text, and returns it. */
    TopicProbe.Seen awaitOne(String topic, String type, String mentioning) {
        await().atMost(PATIENCE).until(() -> !probe.seen(topic, type, mentioning).isEmpty());
        return probe.seen(topic, type, mentioning).get(0);
    }

    List<TopicProbe.Seen> decisionsFor(String registrationId) {
        return probe.seen(seen -> seen.topic().equals(Topics.ENROLLMENT) && seen.value().contains(registrationId));
    }

    JsonNode read(TopicProbe.Seen seen) {
        return json.readTree(seen.value());
    }

    /** Submits a registration with consent and returns the customer id from its approval. */
    String registeredCustomer(String email) {
        RegistrationSubmitted registration = registration(newNi(), email, true, "ES");
        submit(registration);
        return read(awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", registration.registrationId())).get("customerId").asString();
    }
}
