package io.warrantycare.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarrantyViewTests {

    private static final LocalDate PURCHASE = LocalDate.of(2026, 11, 1);

    @ParameterizedTest(name = "{0}: on {1}, extended {2} -> {3}, eligible {4}")
    @CsvSource({
            "CC-2 base running,          2027-05-01, false, BASE,        true",
            "CC-2 last day of base,      2028-11-01, false, BASE,        true",
            "CC-4 base over unextended, 2028-11-02, false, EXPIRED,     false",
            "CC-3 extended,              2030-01-01, true,  EXTENDED,    true",
            "CC-3 last day of extension, 2034-11-01, true,  EXTENDED,    true",
            "CC-3 extension over,        2034-11-02, true,  EXPIRED,     true"
    })
    void statusFollowsTheCoverageEndOfTheDay(String rule, LocalDate today, boolean extended, WarrantyStatus status,
            boolean eligible) {
        Extension extension = extended ? new Extension(Instant.parse("2027-01-01T10:00:00Z"), PURCHASE.plusYears(8), 6,
                "reg", "cust", null) : null;

        WarrantyView view = WarrantyView.of("123456AB", sale(PURCHASE.plusYears(2), true), extension, today);

        assertThat(view.status()).isEqualTo(status);
        assertThat(view.extension().eligible()).isEqualTo(eligible);
        assertThat(view.coverageEnd()).isEqualTo(extended ? PURCHASE.plusYears(8) : PURCHASE.plusYears(2));
    }

    @ParameterizedTest(name = "SK-1 no warranty on {0}")
    @CsvSource({"2026-11-02", "2040-01-01"})
    void aSaleWithoutBaseWarrantyIsNotCovered(LocalDate today) {
        WarrantyView view = WarrantyView.of("123456AB", sale(null, false), null, today);

        assertThat(view.status()).isEqualTo(WarrantyStatus.NOT_COVERED);
        assertThat(view.coverageEnd()).isNull();
        assertThat(view.extension().eligible()).isFalse();
    }

    private static Sale sale(LocalDate baseEnd, boolean extensible) {
        Declaration declaration = new Declaration("123456AB", "CARTIER", "WSSA0018", "Santos de Cartier", "WATCH", null,
                "BOUTIQUE", PURCHASE, new Declaration.Dealer("BTQ", "Boutique", "FR"), null, null, null, null, null, null,
                null);
        SaleTerms terms = new SaleTerms("Cartier Care", "cartier-care", 1, PURCHASE, baseEnd, extensible,
                extensible ? PURCHASE.plusYears(2) : null, extensible ? 6 : 0, null,
                baseEnd == null ? "INVALID_WARRANTY_CARD" : null, List.of("CC-2"));
        return new Sale("sale-1", declaration, terms, Instant.parse("2026-11-01T10:00:00Z"), null);
    }
}
