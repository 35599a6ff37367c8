package io.warrantycare.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WarrantyViewTests {

    private static final LocalDate PURCHASE = LocalDate.of(2026, 11, 1);
    private static final LocalDate BASE_END = LocalDate.of(2028, 11, 1);
    private static final LocalDate EXTENDED_END = LocalDate.of(2034, 11, 1);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("CC-2 base warranty running", product(false, null, true), LocalDate.of(2027, 1, 1), "BASE", BASE_END, true),
                Arguments.of("CC-4 deadline day still open", product(false, null, true), BASE_END, "BASE", BASE_END, true),
                Arguments.of("CC-4 after the deadline nothing to activate", product(false, null, true), BASE_END.plusDays(1), "EXPIRED", BASE_END, false),
                Arguments.of("CC-3 extended", product(false, EXTENDED_END, true), LocalDate.of(2030, 1, 1), "EXTENDED", EXTENDED_END, true),
                Arguments.of("CC-3 extension over", product(false, EXTENDED_END, true), EXTENDED_END.plusDays(1), "EXPIRED", EXTENDED_END, true),
                Arguments.of("CC-7 product outside the program", product(false, null, false), LocalDate.of(2027, 1, 1), "BASE", BASE_END, false),
                Arguments.of("voided sale", product(true, null, true), LocalDate.of(2027, 1, 1), "NOT_COVERED", null, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void derivesStatusAndCoverage(String rule, Product product, LocalDate today, String status, LocalDate coverageEnd,
            boolean eligible) {
        WarrantyView view = WarrantyView.of(product, today);

        assertThat(view.status()).isEqualTo(status);
        assertThat(view.coverageEnd()).isEqualTo(coverageEnd);
        assertThat(view.extension().eligible()).isEqualTo(eligible);
        assertThat(view.baseWarrantyEnd()).isEqualTo(BASE_END);
    }

    private static Product product(boolean voided, LocalDate extendedEnd, boolean eligible) {
        return new Product("123456AB", "CARTIER", "WSSA0018", "Santos de Cartier", "WATCH", PURCHASE, 1, BASE_END,
                eligible, eligible ? BASE_END : null, eligible ? 6 : 0, voided,
                extendedEnd == null ? null : Instant.parse("2027-01-01T10:00:00Z"), extendedEnd, List.of(), Instant.now());
    }
}
