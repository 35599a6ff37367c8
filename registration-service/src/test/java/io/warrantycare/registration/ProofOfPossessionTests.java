package io.warrantycare.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.warrantycare.contracts.CardTokens;
import io.warrantycare.contracts.CustomerDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProofOfPossessionTests {

    private static final String NI = "123456AB";
    private static final LocalDate PURCHASE = LocalDate.of(2026, 11, 1);
    private static final CardTokens CARDS = new CardTokens("dev-card-token-secret-change-me");
    private static final ProofOfPossession PROOFS = new ProofOfPossession(CARDS);

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("CC-13 token of the current card", ClaimedProof.card(2), product(2, false), null),
                Arguments.of("CC-15 token of a reprinted-over card", ClaimedProof.card(1), product(2, false), Outcomes.PROOF_OF_POSSESSION_FAILED),
                Arguments.of("forged token", ClaimedProof.card(null), product(1, false), Outcomes.PROOF_OF_POSSESSION_FAILED),
                Arguments.of("CC-14 purchase date as written", ClaimedProof.manual(PURCHASE), product(1, false), null),
                Arguments.of("wrong purchase date", ClaimedProof.manual(PURCHASE.plusDays(1)), product(1, false), Outcomes.PROOF_OF_POSSESSION_FAILED),
                Arguments.of("voided sale with the proof", ClaimedProof.manual(PURCHASE), product(1, true), Outcomes.SALE_VOIDED),
                Arguments.of("voided sale without the proof says nothing of the void", ClaimedProof.manual(PURCHASE.minusDays(1)), product(1, true), Outcomes.PROOF_OF_POSSESSION_FAILED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesAdmission(String rule, ClaimedProof proof, Product product, String rejection) {
        assertThat(ProofOfPossession.rejection(proof, product)).isEqualTo(Optional.ofNullable(rejection));
    }

    @Test
    void keepsTheSignedCardVersionOfAGenuineTokenAndNothingOfAForgedOne() {
        assertThat(PROOFS.claim(registration(CARDS.issue(NI, 3))).cardVersion()).isEqualTo(3);
        assertThat(PROOFS.claim(registration(CARDS.issue("OTHER123", 3))).cardVersion()).isNull();
        assertThat(PROOFS.claim(registration(new CardTokens("another-secret-of-16-chars").issue(NI, 1))).cardVersion()).isNull();
    }

    @Test
    void opensOnlyTheCurrentCard() {
        assertThat(PROOFS.opensCurrentCard(NI, CARDS.issue(NI, 2), product(2, false))).isTrue();
        assertThat(PROOFS.opensCurrentCard(NI, CARDS.issue(NI, 1), product(2, false))).isFalse();
    }

    private static NewRegistration registration(String token) {
        return new NewRegistration(NI, token, null, Ownership.BUYER,
                new CustomerDetails("Ana", "García", "ana@example.com", null, "ES", "es"), true, "2026-01");
    }

    private static Product product(int cardVersion, boolean voided) {
        return new Product(NI, "CARTIER", "WSSA0018", "Santos de Cartier", "WATCH", PURCHASE, cardVersion,
                PURCHASE.plusYears(2), true, PURCHASE.plusYears(2), 6, voided, null, null, List.of(), Instant.now());
    }
}
