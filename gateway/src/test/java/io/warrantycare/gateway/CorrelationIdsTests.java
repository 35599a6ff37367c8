package io.warrantycare.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdsTests {

    @ParameterizedTest
    @ValueSource(strings = { "abcd1234", "6f1c2d8e-93b4-4c1a-9f0e-2b7d5e8a1c33", "ORDER-2026-11-26-0001" })
    void keepsWellFormedIds(String incoming) {
        assertThat(CorrelationIds.acceptOrGenerate(incoming)).isEqualTo(incoming);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "short", "has space in it", "line\r\nX-Injected: 1", "id_with_underscore",
            "0123456789012345678901234567890123456789012345678901234567890123456789" })
    void replacesMissingOrMalformedIdsWithAUuid(String incoming) {
        String id = CorrelationIds.acceptOrGenerate(incoming);

        assertThat(id).isNotEqualTo(incoming).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void generatesADifferentIdEachTime() {
        assertThat(CorrelationIds.acceptOrGenerate(null)).isNotEqualTo(CorrelationIds.acceptOrGenerate(null));
    }
}
