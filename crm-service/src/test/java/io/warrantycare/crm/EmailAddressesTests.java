package io.warrantycare.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ana@example.com        | ana@example.com",
            "'  Ana@Example.COM  '  | ana@example.com",
            "ANA.GARCIA+W@MAIL.ES   | ana.garcia+w@mail.es",
    })
    void normalisesAnAddressToOneKeyWhateverItsCaseAndSurroundingBlanks(String address, String key) {
        assertThat(EmailAddresses.normalise(address)).contains(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ana", "ana@", "@example.com", "ana@example", "ana garcia@example.com", "a@b@c.com"})
    void refusesTextThatCannotBeAnAddress(String text) {
        assertThat(EmailAddresses.normalise(text)).isEmpty();
    }

    @Test
    void refusesNullAndOverlongAddresses() {
        assertThat(EmailAddresses.normalise(null)).isEmpty();
        assertThat(EmailAddresses.normalise("a".repeat(250) + "@example.com")).isEmpty();
    }
}
