package io.warrantycare.warranty;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The public warranty view (API.md): no personal data, so neither owners nor the purchase date itself.
 * {@code extension.eligible} says whether a registration could still activate (or already activated) the extension
 * on the day of the view.
 */
public record WarrantyView(
        String ni,
        String brand,
        String reference,
        String collection,
        String category,
        String program,
        WarrantyStatus status,
        LocalDate baseWarrantyEnd,
        LocalDate coverageEnd,
        ExtensionView extension,
        String notCoveredReason) {

    public record ExtensionView(boolean eligible, LocalDate deadline, Instant activatedAt, int years,
            LocalDate extendedEnd) {
    }

    static WarrantyView of(String ni, Sale sale, Extension extension, LocalDate today) {
        Declaration declaration = sale.declaration();
        SaleTerms terms = sale.terms();
        LocalDate coverageEnd = coverageEnd(sale, extension);
        WarrantyStatus status;
        if (terms.baseWarrantyEnd() == null) {
            status = WarrantyStatus.NOT_COVERED;
        } else if (today.isAfter(coverageEnd)) {
            status = WarrantyStatus.EXPIRED;
        } else {
            status = extension != null ? WarrantyStatus.EXTENDED : WarrantyStatus.BASE;
        }
        boolean eligible = extension != null || (terms.extensionEligible()
                && (terms.extensionDeadline() == null || !today.isAfter(terms.extensionDeadline())));
        ExtensionView extensionView = new ExtensionView(eligible,
                terms.extensionEligible() ? terms.extensionDeadline() : null,
                extension == null ? null : extension.activatedAt(),
                extension == null ? terms.extensionYears() : extension.years(),
                extension == null ? null : extension.extendedEnd());
        return new WarrantyView(ni, declaration.brand(), declaration.reference(), declaration.collection(),
                declaration.category(), terms.program(), status, terms.baseWarrantyEnd(), coverageEnd, extensionView,
                terms.notCoveredReason());
    }

    /** The extended end once the extension is active (CC-3), the base end otherwise; null when not covered. */
    static LocalDate coverageEnd(Sale sale, Extension extension) {
        return extension != null ? extension.extendedEnd() : sale.terms().baseWarrantyEnd();
    }
}
