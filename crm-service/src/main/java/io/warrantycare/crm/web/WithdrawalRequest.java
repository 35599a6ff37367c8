package io.warrantycare.crm.web;

import io.warrantycare.crm.ConsentPurpose;
import io.warrantycare.crm.EmailAddresses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code POST /api/consents/withdrawals} body. */
record WithdrawalRequest(String email, String purpose) {

    List<ApiProblem.FieldProblem> problems() {
        List<ApiProblem.FieldProblem> problems = new ArrayList<>();
        if (email == null || email.isBlank()) {
            problems.add(new ApiProblem.FieldProblem("email", "REQUIRED", "An e-mail address is required."));
        } else if (EmailAddresses.normalise(email).isEmpty()) {
            problems.add(new ApiProblem.FieldProblem("email", "INVALID_EMAIL", "This is not an e-mail address."));
        }
        if (purpose == null || purpose.isBlank()) {
            problems.add(new ApiProblem.FieldProblem("purpose", "REQUIRED", "A purpose is required."));
        } else if (ConsentPurpose.parse(purpose).isEmpty()) {
            problems.add(new ApiProblem.FieldProblem("purpose", "UNKNOWN_PURPOSE",
                    "The purpose must be one of " + Arrays.toString(ConsentPurpose.values()) + "."));
        }
        return problems;
    }
}
