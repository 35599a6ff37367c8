package io.warrantycare.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndividualNumbersTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "1234 56ab      | 123456AB",
            "12-34-56-AB    | 123456AB",
            "' 12 34 56ab ' | 123456AB",
            "12345          | NULL",
            "1234567890123456789012345 | NULL",
            "1234%56AB      | NULL",
            "NULL           | NULL"})
    void canonicalisesAsPrintedNumbers(String printed, String expected) {
        assertThat(IndividualNumbers.canonical(printed).orElse(null)).isEqualTo(expected);
    }
}
