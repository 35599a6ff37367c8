package io.warrantycare.crm.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.warrantycare.contracts.CustomerDetails;
import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.RegistrationSubmitted;
import io.warrantycare.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RegistrationDecoderTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final RegistrationDecoder decoder = new RegistrationDecoder(json);

    private static RegistrationSubmitted registration(String email) {
        return new RegistrationSubmitted("e-1", Instant.parse("2026-03-14T10:00:00Z"), "c-1", "r-1", "123456AB", "BUYER",
                LocalDate.of(2026, 3, 14), new CustomerDetails("Ana", "García", email, null, "ES", "es"), true, "2026-01", "QR");
    }

    private static ConsumerRecord<String, String> record(String type, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.REGISTRATIONS, 0, 0L, "123456AB", value);
        if (type != null) {
            record.headers().add(EventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void decodesRegistrationSubmittedByItsTypeHeader() {
        RegistrationSubmitted sent = registration("ana@example.com");

        assertThat(decoder.decode(record("RegistrationSubmitted", json.writeValueAsString(sent)))).contains(sent);
    }

    @Test
    void skipsOtherAndUnknownTypesWithoutReadingThem() {
        assertThat(decoder.decode(record("RegistrationCompleted", "{}"))).isEmpty();
        assertThat(decoder.decode(record("AddedInAFutureVersion", "not json"))).isEmpty();
        assertThat(decoder.decode(record(null, "not json"))).isEmpty();
    }

    @Test
    void treatsUnreadableOrIncompleteRegistrationsAsPoisonWithoutEchoingTheirContent() {
        assertThatThrownBy(() -> decoder.decode(record("RegistrationSubmitted", "{\"email\": \"ana@example.com\", oops")))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageNotContaining("ana@example.com")
                .hasNoCause();
        assertThatThrownBy(() -> decoder.decode(record("RegistrationSubmitted",
                json.writeValueAsString(registration("not an address")))))
                .isInstanceOf(PoisonRecordException.class);
        assertThatThrownBy(() -> decoder.decode(record("RegistrationSubmitted", null)))
                .isInstanceOf(PoisonRecordException.class);
    }
}
