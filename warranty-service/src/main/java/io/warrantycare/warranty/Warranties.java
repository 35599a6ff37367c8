package io.warrantycare.warranty;

import io.warrantycare.contracts.IndividualNumbers;
import io.warrantycare.warranty.policy.CoverageDecision;
import io.warrantycare.warranty.policy.CoverageRequest;
import io.warrantycare.warranty.policy.PolicyEngine;
import io.warrantycare.warranty.policy.ProgramSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Read side of warranties: the public view, coverage checks (CC-10, AP-4, AP-5) and the policy as data. */
@Service
public class Warranties {

    private final ProductStore store;
    private final PolicyEngine engine;
    private final ProductInputs inputs;
    private final Clock clock;

    Warranties(ProductStore store, PolicyEngine engine, ProductInputs inputs, Clock clock) {
        this.store = store;
        this.engine = engine;
        this.inputs = inputs;
        this.clock = clock;
    }

    public Mono<WarrantyView> view(String printedNi) {
        return liveProduct(printedNi)
                .map(product -> WarrantyView.of(product.ni(), product.sale(), product.extension(), LocalDate.now(clock)));
    }

    public Mono<CoverageDecision> checkCoverage(String printedNi, CoverageCheckRequest request) {
        FieldChecks checks = new FieldChecks();
        String intervention = checks.code("intervention", request.intervention());
        if (FieldChecks.blank(request.intervention())) {
            checks.add("intervention", "REQUIRED", "is required");
        }
        LocalDate date = checks.date("date", request.date());
        if (FieldChecks.blank(request.date())) {
            checks.add("date", "REQUIRED", "is required");
        }
        LocalDate lastRepairDate = checks.date("lastRepairDate", request.lastRepairDate());
        if (checks.failed()) {
            return Mono.error(new InvalidRequestException(checks.problems()));
        }
        CoverageRequest coverageRequest = new CoverageRequest(intervention, date, lastRepairDate,
                request.sameFaultAsLastRepair());
        return liveProduct(printedNi).map(product -> engine.checkCoverage(product.sale().declaration().facts(),
                WarrantyView.coverageEnd(product.sale(), product.extension()), coverageRequest));
    }

    /** What the policy grants, without storing anything. */
    public ProductInputs.CheckedQuery evaluate(PolicyQuery query) {
        return inputs.query(query);
    }

    public List<ProgramSummary> programs() {
        return engine.programs();
    }

    Mono<ProductDocument> liveProduct(String printedNi) {
        return IndividualNumbers.canonical(printedNi)
                .map(ni -> store.find(ni).filter(ProductDocument::hasLiveSale)
                        .switchIfEmpty(Mono.error(() -> new UnknownProductException(ni))))
                .orElseGet(() -> Mono.error(new UnknownProductException(printedNi)));
    }
}
