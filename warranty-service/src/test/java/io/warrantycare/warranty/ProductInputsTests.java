package io.warrantycare.warranty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.warrantycare.warranty.policy.PolicyEngine;
import io.warrantycare.warranty.policy.UnknownBrandException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Declarations against the real policy documents, on a fixed day. */
class ProductInputsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final ProductInputs INPUTS = new ProductInputs(PolicyEngine.fromClasspath(),
            Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));

    @ParameterizedTest(name = "{0}: {1} {2} line {3} bought {4} -> base end {5}, extensible {6}")
    @CsvSource(nullValues = "null", value = {
            "CC-2 CC-3 CC-6, cartier,  WATCH,   null,      2026-11-01, 2028-11-01, true",
            "CC-6 clocks,    CARTIER,  clock,   null,      2026-11-01, 2028-11-01, true",
            "CC-7 Tradition, CARTIER,  WATCH,   tradition, 2026-11-01, 2028-11-01, false",
            "CC-7 jewellery, CARTIER,  JEWELRY, null,      2026-11-01, 2028-11-01, false",
            "CC-5 leap day,  CARTIER,  WATCH,   null,      2024-02-29, 2026-02-28, true"
    })
    void normalisesTheDeclarationAndEvaluatesIt(String rule, String brand, String category, String line,
            LocalDate purchase, LocalDate baseEnd, boolean extensible) {
        ProductInputs.CheckedSale checked = INPUTS.declaration(request("1234 56ab", brand, category, line,
                purchase.toString(), new SaleDeclarationRequest.DealerInput("BTQ", "Boutique", "fr")));

        assertThat(checked.declaration().ni()).isEqualTo("123456AB");
        assertThat(checked.declaration().brand()).isEqualTo("CARTIER");
        assertThat(checked.declaration().dealer().country()).isEqualTo("FR");
        assertThat(checked.evaluation().baseWarrantyEnd()).isEqualTo(baseEnd);
        assertThat(checked.evaluation().extension().eligible()).isEqualTo(extensible);
    }

    @Test
    void treatsAMissingDealerNameAsSk1NotCoveredForSeikoButAsAMissingFieldForCartier() {
        SaleDeclarationRequest.DealerInput nameless = new SaleDeclarationRequest.DealerInput("D1", null, "JP");

        ProductInputs.CheckedSale seiko = INPUTS.declaration(request("SEIKO0001", "SEIKO", "WATCH", null,
                "2026-11-01", nameless));

        assertThat(seiko.evaluation().baseWarrantyEnd()).isNull();
        assertThat(seiko.evaluation().notCoveredReason()).isNotNull();
        assertThatThrownBy(() -> INPUTS.declaration(request("CARTIER01", "CARTIER", "WATCH", null, "2026-11-01",
                nameless)))
                .isInstanceOfSatisfying(InvalidRequestException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field).containsExactly("dealer.name"));
    }

    @Test
    void refusesUnknownBrandsAsSuchAndCollectsEveryFieldProblem() {
        assertThatThrownBy(() -> INPUTS.declaration(request("123456AB", "ACME", "WATCH", null, "2026-11-01", null)))
                .isInstanceOf(UnknownBrandException.class);
        assertThatThrownBy(() -> INPUTS.declaration(request("12", "CARTIER", "BICYCLE", null, "2026-11-21", null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("ni", "category", "purchaseDate", "dealer"));
    }

    private static SaleDeclarationRequest request(String ni, String brand, String category, String line,
            String purchaseDate, SaleDeclarationRequest.DealerInput dealer) {
        return new SaleDeclarationRequest(ni, brand, "WSSA0018", "Santos de Cartier", category, line, "BOUTIQUE",
                purchaseDate, dealer, null, null, null, null, null, null, null);
    }
}
