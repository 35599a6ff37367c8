package io.warrantycare.registration;

import java.time.LocalDate;

/**
 * The proof of possession a customer presented, kept without the token itself: for a QR card token, the card version
 * its signature is valid for (null when forged); for a manual entry (CC-14), the purchase date as written on the card.
 */
public record ClaimedProof(String source, Integer cardVersion, LocalDate purchaseDate) {

    public static final String QR = "QR";
    public static final String MANUAL = "MANUAL";

    static ClaimedProof card(Integer verifiedVersion) {
        return new ClaimedProof(QR, verifiedVersion, null);
    }

    static ClaimedProof manual(LocalDate purchaseDate) {
        return new ClaimedProof(MANUAL, null, purchaseDate);
    }
}
