package io.warrantycare.notification;

import io.warrantycare.contracts.CustomerErased;
import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.contracts.EventTypes;
import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.Topics;
import io.warrantycare.contracts.WithdrawalConfirmationRequested;
import io.warrantycare.testsupport.TopicProbe;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Events as registration-service and crm-service write them: the contracts record as JSON, type and correlation headers. */
final class TestEvents {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    static String email(String who) {
        return who + "-" + unique().toLowerCase(Locale.ROOT) + "@example.com";
    }

    static RegistrationCompleted completed(String outcome, String language, String email, LocalDate coverageEnd) {
        return event("COMPLETED", outcome, null, language, email, coverageEnd, "CUST-" + unique());
    }

    static RegistrationCompleted rejected(String reason, String language, String email) {
        return event("REJECTED", null, reason, language, email, null, "CUST-" + unique());
    }

    static RegistrationCompleted event(String status, String outcome, String reason, String language, String email,
            LocalDate coverageEnd, String customerId) {
        String id = unique();
        return new RegistrationCompleted("EVT-" + id, Instant.now(), "CORR-" + id, "REG-" + id, "NI" + id, "CARTIER",
                status, outcome, reason, coverageEnd, customerId, email, "Ana", language);
    }

    static void send(TopicProbe probe, RegistrationCompleted event) {
        probe.send(Topics.REGISTRATIONS, event.ni(), EventTypes.idOf(RegistrationCompleted.class),
                JSON.writeValueAsString(event), Map.of(EventHeaders.CORRELATION_ID, event.correlationId()));
    }

    static void send(TopicProbe probe, CustomerErased event) {
        probe.send(Topics.CONSENT, event.customerId(), EventTypes.idOf(CustomerErased.class),
                JSON.writeValueAsString(event), Map.of(EventHeaders.CORRELATION_ID, event.correlationId()));
    }

    static WithdrawalConfirmationRequested withdrawalConfirmation(String email, String language) {
        String id = unique();
        return new WithdrawalConfirmationRequested("EVT-" + id, Instant.now(), "CORR-" + id, "WREQ-" + id, email, language,
                "MARKETING");
    }

    static void send(TopicProbe probe, WithdrawalConfirmationRequested event) {
        probe.send(Topics.CRM_MESSAGES, event.requestId(), EventTypes.idOf(WithdrawalConfirmationRequested.class),
                JSON.writeValueAsString(event), Map.of(EventHeaders.CORRELATION_ID, event.correlationId()));
    }

    private TestEvents() {
    }
}
