package io.warrantycare.registration;

import io.warrantycare.contracts.CustomerDetails;
import java.time.LocalDate;

/** A registration request that passed validation, normalised: canonical NI, one proof of possession (CC-13, CC-14). */
public record NewRegistration(
        String ni,
        String cardToken,
        LocalDate purchaseDate,
        Ownership ownership,
        CustomerDetails customer,
        boolean marketingConsent,
        String privacyNoticeVersion) {
}
