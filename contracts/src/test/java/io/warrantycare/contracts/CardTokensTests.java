package io.warrantycare.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardTokensTests {

    private final CardTokens tokens = new CardTokens("a-local-secret-of-some-length");

    @Test
    void verifiesTheVersionOfATokenIssuedForTheSameNi() {
        String token = tokens.issue("123456AB", 3);
        assertThat(tokens.verifiedVersion("123456AB", token)).contains(3);
    }

    @Test
    void refusesATokenOfAnotherNiOrAnotherSecretOrTampered() {
        String token = tokens.issue("123456AB", 1);
        assertThat(tokens.verifiedVersion("123456AC", token)).isEmpty();
        assertThat(new CardTokens("another-secret-of-some-length").verifiedVersion("123456AB", token)).isEmpty();
        assertThat(tokens.verifiedVersion("123456AB", "2" + token.substring(1))).isEmpty();
        assertThat(tokens.verifiedVersion("123456AB", "garbage")).isEmpty();
        assertThat(tokens.verifiedVersion("123456AB", "1.***")).isEmpty();
        assertThat(tokens.verifiedVersion("123456AB", null)).isEmpty();
    }
}
