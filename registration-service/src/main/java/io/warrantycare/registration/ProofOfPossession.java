package io.warrantycare.registration;

import io.warrantycare.contracts.CardTokens;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Proof that the registrant holds the watch's card: the QR token of the current card (CC-13; a reprint revokes the
 * earlier cards, CC-15) or the purchase date the seller wrote on it (manual entry and NFC V1 cards, CC-14).
 */
@Component
class ProofOfPossession {

    private final CardTokens cardTokens;

    ProofOfPossession(CardTokens cardTokens) {
        this.cardTokens = cardTokens;
    }

    /** The proof as presented; a token's signature is checked here, its card version later against the product. */
    ClaimedProof claim(NewRegistration registration) {
        if (registration.cardToken() != null) {
            return ClaimedProof.card(cardTokens.verifiedVersion(registration.ni(), registration.cardToken()).orElse(null));
        }
        return ClaimedProof.manual(registration.purchaseDate());
    }

    /** Whether a token opens the product's current card (for the pre-fill). */
    boolean opensCurrentCard(String ni, String token, Product product) {
        return cardTokens.verifiedVersion(ni, token).filter(version -> version == product.cardVersion()).isPresent();
    }

    /**
     * Why a registration with this proof cannot be submitted for this product, if it cannot. Possession is checked
     * before the void so that a registrant without the card learns nothing about the sale.
     */
    static Optional<String> rejection(ClaimedProof proof, Product product) {
        if (!holds(proof, product)) {
            return Optional.of(Outcomes.PROOF_OF_POSSESSION_FAILED);
        }
        if (product.voided()) {
            return Optional.of(Outcomes.SALE_VOIDED);
        }
        return Optional.empty();
    }

    static boolean holds(ClaimedProof proof, Product product) {
        if (proof == null) {
            return false;
        }
        if (ClaimedProof.QR.equals(proof.source())) {
            return proof.cardVersion() != null && proof.cardVersion() == product.cardVersion();
        }
        return proof.purchaseDate() != null && proof.purchaseDate().equals(product.purchaseDate());
    }
}
