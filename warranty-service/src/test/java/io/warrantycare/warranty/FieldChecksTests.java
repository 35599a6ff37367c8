package io.warrantycare.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldChecksTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    @ParameterizedTest(name = "purchaseDate \"{0}\" -> {1}")
    @CsvSource(nullValues = "null", value = {
            "2026-11-01, null",
            "2024-02-29, null",
            "2026-02-30, INVALID_DATE",
            "2025-02-29, INVALID_DATE",
            "2026-13-01, INVALID_DATE",
            "01/11/2026, INVALID_DATE",
            "2026-11-1,  INVALID_DATE",
            "2026-11-02, DATE_IN_FUTURE"
    })
    void readsOnlyExistingCalendarDatesNotAfterToday(String text, String problem) {
        FieldChecks checks = new FieldChecks();

        LocalDate date = checks.pastOrToday("purchaseDate", text, TODAY);

        if (problem == null) {
            assertThat(checks.problems()).isEmpty();
            assertThat(date).isEqualTo(LocalDate.parse(text));
        } else {
            assertThat(date).isNull();
            assertThat(checks.problems()).singleElement()
                    .satisfies(found -> assertThat(found.code()).isEqualTo(problem));
        }
    }

    @ParameterizedTest(name = "channel \"{0}\" -> {1}")
    @CsvSource(nullValues = "null", value = {
            "BOUTIQUE, BOUTIQUE",
            "authorized_retailer, AUTHORIZED_RETAILER",
            "FLEA_MARKET, null"
    })
    void acceptsOnlyKnownChannels(String text, String expected) {
        FieldChecks checks = new FieldChecks();

        String channel = checks.oneOf("channel", text, Set.of("BOUTIQUE", "AUTHORIZED_RETAILER", "ONLINE", "OTHER"));

        assertThat(channel).isEqualTo(expected);
        assertThat(checks.failed()).isEqualTo(expected == null);
    }
}
