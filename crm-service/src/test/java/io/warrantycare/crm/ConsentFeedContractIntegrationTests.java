package io.warrantycare.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.Topics;
import io.warrantycare.testsupport.TopicProbe;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The marketing feed against its published contract, schemas/crm.consent.v1.schema.json of the contracts module:
 * the events crm-service really put on the broker validate, and a consumer that knows nothing but the schema reads
 * them, including when a later version adds fields.
 */
class ConsentFeedContractIntegrationTests extends CrmIntegrationTest {

    private static final String SCHEMA = "schemas/crm.consent.v1.schema.json";

    @Test
    void everyEventPublishedOnTheConsentFeedMatchesTheSchema() {
        List<TopicProbe.Seen> events = feedOfOneCustomer();
        JsonNode schemaDocument = schemaDocument();

        assertThat(events).extracting(TopicProbe.Seen::type)
                .containsExactly("ConsentGranted", "ConsentWithdrawn", "CustomerErased");
        for (TopicProbe.Seen event : events) {
            JsonNode value = read(event);
            assertThat(schemaFor(schemaDocument, event.type()).validate(value, formatsAsserted())).as(event.type()).isEmpty();
            assertThat(rootSchema(schemaDocument).validate(value, formatsAsserted())).as(event.type()).isEmpty();
            assertThat(event.key()).isEqualTo(value.get("customerId").asString());
            assertThat(event.correlationId()).isEqualTo(value.get("correlationId").asString());
        }
    }

    @Test
    void aConsumerBuiltOnlyFromTheSchemaReadsEveryEventAndIgnoresFieldsAddedLater() {
        List<TopicProbe.Seen> events = feedOfOneCustomer();
        SchemaOnlyReader reader = new SchemaOnlyReader(schemaDocument());

        for (TopicProbe.Seen event : events) {
            JsonNode value = read(event);
            Map<String, String> fields = reader.read(event.type(), value);
            assertThat(fields).as(event.type()).containsKeys("eventId", "occurredAt", "correlationId", "customerId")
                    .doesNotContainValue(null);
            if (!event.type().equals("CustomerErased")) {
                assertThat(fields).containsEntry("purpose", "MARKETING").containsKeys("channel", "source");
            }

            ObjectNode evolved = ((ObjectNode) value.deepCopy());
            evolved.put("addedInALaterVersion", "whatever");
            evolved.putObject("nestedAddition").put("level", 2);
            assertThat(schemaFor(schemaDocument(), event.type()).validate(evolved, formatsAsserted())).isEmpty();
            assertThat(reader.read(event.type(), evolved)).isEqualTo(fields);
            Class<? extends DomainEvent> type = EventTypes.typeOf(event.type()).orElseThrow();
            assertThat(json.treeToValue(evolved, type)).isEqualTo(json.treeToValue(value, type));
        }
    }

    @Test
    void theSchemaRejectsEventsThatBreakTheContract() {
        List<TopicProbe.Seen> events = feedOfOneCustomer();
        JsonNode granted = read(events.get(0));
        Schema schema = schemaFor(schemaDocument(), "ConsentGranted");

        ObjectNode withoutCustomer = ((ObjectNode) granted.deepCopy());
        withoutCustomer.remove("customerId");
        ObjectNode badInstant = ((ObjectNode) granted.deepCopy());
        badInstant.put("occurredAt", "yesterday");
        ObjectNode badEventId = ((ObjectNode) granted.deepCopy());
        badEventId.put("eventId", 42);

        assertThat(schema.validate(withoutCustomer, formatsAsserted())).extracting(Error::getKeyword).contains("required");
        assertThat(schema.validate(badInstant, formatsAsserted())).extracting(Error::getKeyword).contains("format");
        assertThat(schema.validate(badEventId, formatsAsserted())).extracting(Error::getKeyword).contains("type");
    }

    private static List<TopicProbe.Seen> feed;

    /** Registers with consent, withdraws through the public form, erases: one of each consent event, in order. */
    private synchronized List<TopicProbe.Seen> feedOfOneCustomer() {
        if (feed == null) {
            feed = produceFeedOfOneCustomer();
        }
        return feed;
    }

    private List<TopicProbe.Seen> produceFeedOfOneCustomer() {
        String email = newEmail();
        String customerId = registeredCustomer(email);
        web.post().uri("/api/consents/withdrawals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "purpose", "MARKETING")).exchange().expectStatus().isAccepted();
        awaitOne(Topics.CONSENT, "ConsentWithdrawn", customerId);
        web.delete().uri("/api/customers/{id}", customerId).exchange().expectStatus().isNoContent();
        awaitOne(Topics.CONSENT, "CustomerErased", customerId);
        await().atMost(PATIENCE).until(() -> probe.seen(seen -> seen.topic().equals(Topics.CONSENT)
                && customerId.equals(seen.key())).size() >= 3);
        return probe.seen(seen -> seen.topic().equals(Topics.CONSENT) && customerId.equals(seen.key()));
    }

    private JsonNode schemaDocument() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SCHEMA)) {
            assertThat(in).as(SCHEMA + " on the classpath (contracts module)").isNotNull();
            return json.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Schema rootSchema(JsonNode schemaDocument) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaDocument);
    }

    /** The definition the {@code eventType} header selects: {@code #/$defs/<eventType>}. */
    private static Schema schemaFor(JsonNode schemaDocument, String eventType) {
        assertThat(schemaDocument.get("$defs").has(eventType)).as("schema defines " + eventType).isTrue();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(schemaDocument.get("$id").asString(), schemaDocument.toString())));
        return registry.getSchema(SchemaLocation.of(schemaDocument.get("$id").asString() + "#/$defs/" + eventType));
    }

    private static java.util.function.Consumer<com.networknt.schema.ExecutionContext> formatsAsserted() {
        return context -> context.executionConfig(config -> config.formatAssertionsEnabled(true));
    }

    /**
     * A consumer that knows only the schema: for an event type it collects the required fields of its definition
     * (following $ref and allOf) and reads just those, as text, from the value.
     */
    static final class SchemaOnlyReader {

        private final JsonNode schema;

        SchemaOnlyReader(JsonNode schema) {
            this.schema = schema;
        }

        Map<String, String> read(String eventType, JsonNode value) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : required(schema.get("$defs").get(eventType), new LinkedHashSet<>())) {
                JsonNode node = value.get(field);
                fields.put(field, node == null || node.isNull() ? null : node.asString());
            }
            return fields;
        }

        private Set<String> required(JsonNode definition, Set<String> into) {
            if (definition.has("$ref")) {
                String name = definition.get("$ref").asString().substring("#/$defs/".length());
                required(schema.get("$defs").get(name), into);
            }
            if (definition.has("allOf")) {
                definition.get("allOf").forEach(part -> required(part, into));
            }
            if (definition.has("required")) {
                definition.get("required").forEach(name -> into.add(name.asString()));
            }
            return into;
        }
    }
}
