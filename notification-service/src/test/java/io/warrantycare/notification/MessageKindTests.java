package io.warrantycare.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.warrantycare.contracts.RegistrationCompleted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageKindTests {

    private static RegistrationCompleted event(String status, String outcome) {
        return new RegistrationCompleted("E", null, null, "R", "NI123456", "CARTIER", status, outcome, null, null, null,
                "a@example.com", null, "en");
    }

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "COMPLETED, EXTENSION_ACTIVATED, EXTENSION_ACTIVATED",
            "COMPLETED, ALREADY_EXTENDED, ALREADY_EXTENDED",
            "REJECTED, null, REJECTED",
            "REJECTED, EXTENSION_ACTIVATED, REJECTED"})
    void choosesTheMessageFromStatusAndOutcome(String status, String outcome, MessageKind expected) {
        assertThat(MessageKind.of(event(status, outcome))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1} is invalid")
    @CsvSource(nullValues = "null", value = {"PENDING, null", "null, null", "COMPLETED, null", "COMPLETED, SOMETHING_ELSE"})
    void refusesStatesThatAreNotFinal(String status, String outcome) {
        assertThatThrownBy(() -> MessageKind.of(event(status, outcome))).isInstanceOf(InvalidEventException.class);
    }
}
