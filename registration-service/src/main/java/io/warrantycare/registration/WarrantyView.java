package io.warrantycare.registration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The warranty view of API.md, built from the product read model and the outcome events registration received;
 * no personal data. {@code extension.eligible} says whether the product is in the program and its extension was
 * activated or can still be (CC-4).
 */
public record WarrantyView(
        String ni,
        String brand,
        String reference,
        String collection,
        String status,
        LocalDate baseWarrantyEnd,
        LocalDate coverageEnd,
        Extension extension) {

    public record Extension(boolean eligible, LocalDate deadline, Instant activatedAt, int years) {
    }

    static WarrantyView of(Product product, LocalDate today) {
        LocalDate coverageEnd = product.voided() ? null
                : product.extended() ? product.extendedCoverageEnd() : product.baseWarrantyEnd();
        String status;
        if (coverageEnd == null) {
            status = "NOT_COVERED";
        } else if (today.isAfter(coverageEnd)) {
            status = "EXPIRED";
        } else {
            status = product.extended() ? "EXTENDED" : "BASE";
        }
        boolean eligible = !product.voided() && (product.extended() || product.extensionOpenOn(today));
        return new WarrantyView(product.ni(), product.brand(), product.reference(), product.collection(), status,
                product.baseWarrantyEnd(), coverageEnd,
                new Extension(eligible, product.extensionDeadline(), product.extensionActivatedAt(), product.extensionYears()));
    }
}
