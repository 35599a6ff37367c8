package io.warrantycare.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.warrantycare.contracts.CustomerErased;
import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.Topics;
import io.warrantycare.contracts.WithdrawalConfirmationRequested;
import io.warrantycare.notification.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventDecoderTests {

    private final EventDecoder decoder = new EventDecoder(JsonMapper.builder().build());

    private static ConsumerRecord<String, String> record(String type, String correlationId, String json) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.REGISTRATIONS, 0, 7L, "NI123456", json);
        if (type != null) {
            record.headers().add(EventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        if (correlationId != null) {
            record.headers().add(EventHeaders.CORRELATION_ID, correlationId.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void readsAWithdrawalConfirmationWithoutALanguageIgnoringUnknownFields() {
        String json = """
                {"eventId":"E3","occurredAt":"2026-11-02T10:00:00Z","correlationId":"C3","requestId":"REQ-3",
                 "email":"ana@example.com","language":null,"purpose":"MARKETING","addedLater":[1,2]}""";

        Optional<Inbound<WithdrawalConfirmationRequested>> decoded = decoder.decode(
                record("WithdrawalConfirmationRequested", null, json), WithdrawalConfirmationRequested.class);

        assertThat(decoded).isPresent();
        assertThat(decoded.get().event().requestId()).isEqualTo("REQ-3");
        assertThat(decoded.get().event().partitionKey()).isEqualTo("REQ-3");
        assertThat(decoded.get().event().language()).isNull();
        assertThat(decoded.get().correlationId()).isEqualTo("C3");
    }

    @Test
    void readsRegistrationCompletedIgnoringUnknownFields() {
        String json = """
                {"eventId":"E1","occurredAt":"2026-11-02T10:00:00Z","correlationId":"C1","registrationId":"R1",
                 "ni":"123456AB","brand":"CARTIER","status":"COMPLETED","outcome":"EXTENSION_ACTIVATED",
                 "coverageEnd":"2034-11-01","customerId":"CU1","email":"ana@example.com","givenName":"Ana",
                 "language":"es","addedLater":{"nested":true},"anotherNewField":42}""";

        Optional<Inbound<RegistrationCompleted>> decoded = decoder.decode(record("RegistrationCompleted", "H1", json),
                RegistrationCompleted.class);

        assertThat(decoded).isPresent();
        assertThat(decoded.get().event().coverageEnd()).isEqualTo(LocalDate.of(2034, 11, 1));
        assertThat(decoded.get().event().language()).isEqualTo("es");
        assertThat(decoded.get().correlationId()).isEqualTo("C1");
    }

    @Test
    void takesTheCorrelationIdFromTheHeaderWhenTheEventHasNone() {
        Optional<Inbound<CustomerErased>> decoded = decoder.decode(
                record("CustomerErased", "H1", "{\"eventId\":\"E1\",\"customerId\":\"CU1\"}"), CustomerErased.class);

        assertThat(decoded).get().extracting(Inbound::correlationId).isEqualTo("H1");
    }

    @Test
    void skipsOtherAndUnknownTypes() {
        assertThat(decoder.decode(record("RegistrationSubmitted", null, "{}"), RegistrationCompleted.class)).isEmpty();
        assertThat(decoder.decode(record("SomethingNew", null, "{}"), RegistrationCompleted.class)).isEmpty();
        assertThat(decoder.decode(record(null, null, "{}"), RegistrationCompleted.class)).isEmpty();
    }

    @Test
    void refusesAnUnreadableValueWithoutQuotingIt() {
        assertThatThrownBy(() -> decoder.decode(record("RegistrationCompleted", null,
                "{\"email\":\"ana@example.com\", broken"), RegistrationCompleted.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("Unreadable RegistrationCompleted at registration.registrations.v1-0@7")
                .hasMessageNotContaining("ana@example.com");
        assertThatThrownBy(() -> decoder.decode(record("RegistrationCompleted", null, null), RegistrationCompleted.class))
                .isInstanceOf(InvalidEventException.class);
    }
}
