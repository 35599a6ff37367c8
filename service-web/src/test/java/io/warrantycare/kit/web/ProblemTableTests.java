package io.warrantycare.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;

class ProblemTableTests {

    private final ProblemTable table = new ProblemTable(List.of(ProblemMappings.builder()
            .map(IllegalArgumentException.class, HttpStatus.CONFLICT, failure -> "CODE_" + failure.getMessage())
            .build()));

    @Test
    void answersAProblemExceptionAsItSays() {
        ProblemTable.Problem problem = table.problemOf(ProblemException.validation("ni", "INVALID_FORMAT", "bad"));
        assertThat(problem.status().value()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.errors()).containsExactly(new FieldError("ni", "INVALID_FORMAT", "bad"));
    }

    @Test
    void usesTheServicesOwnRowsWithTheirCodes() {
        ProblemTable.Problem problem = table.problemOf(new IllegalArgumentException("X"));
        assertThat(problem.status().value()).isEqualTo(409);
        assertThat(problem.code()).isEqualTo("CODE_X");
    }

    @Test
    void findsAStoreOutageAnywhereInTheCauseChain() {
        assertThat(table.problemOf(new RuntimeException(new DataAccessResourceFailureException("down"))).code())
                .isEqualTo("STORE_UNAVAILABLE");
        assertThat(table.problemOf(new QueryTimeoutException("slow")).code()).isEqualTo("STORE_UNAVAILABLE");
    }

    @Test
    void leavesTheUnexpectedToTheHandler() {
        assertThat(table.problemOf(new IllegalStateException("bug"))).isNull();
    }

    @ParameterizedTest
    @CsvSource({ "NotNull,REQUIRED", "NotBlank,REQUIRED", "Size,TOO_LONG", "Pattern,INVALID_FORMAT",
            "IndividualNumber,INVALID_FORMAT", "Min,INVALID_VALUE", "PROOF_REQUIRED,PROOF_REQUIRED" })
    void turnsConstraintNamesIntoFieldCodes(String constraint, String code) {
        assertThat(ProblemTable.fieldCode(constraint)).isEqualTo(code);
    }

    @Test
    void makesTheTypeUriFromTheCode() {
        assertThat(ProblemTable.typeSuffix("STORE_UNAVAILABLE")).isEqualTo("store-unavailable");
    }
}
