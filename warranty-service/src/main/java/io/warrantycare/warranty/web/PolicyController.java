package io.warrantycare.warranty.web;

import io.warrantycare.warranty.PolicyQuery;
import io.warrantycare.warranty.ProductInputs;
import io.warrantycare.warranty.Warranties;
import io.warrantycare.warranty.policy.Evaluation;
import io.warrantycare.warranty.policy.ExtensionTerms;
import io.warrantycare.warranty.policy.ProgramSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The warranty programs as data, and what they grant a product, without storing anything. */
@RestController
@RequestMapping("/api/policies")
class PolicyController {

    private final Warranties warranties;

    PolicyController(Warranties warranties) {
        this.warranties = warranties;
    }

    record ExtensionAnswer(boolean eligible, LocalDate deadline, int years, LocalDate extendedEnd, String reason) {
    }

    record EvaluationResponse(String brand, String program, LocalDate baseWarrantyEnd, ExtensionAnswer extension,
            List<String> rules, String policyId, int policyVersion, LocalDate warrantyStart, String notCoveredReason) {
    }

    @GetMapping
    List<ProgramSummary> programs() {
        return warranties.programs();
    }

    @GetMapping("/evaluate")
    Mono<EvaluationResponse> evaluate(@RequestParam Map<String, String> params) {
        return Mono.fromCallable(() -> {
            PolicyQuery query = new PolicyQuery(params.get("brand"), params.get("category"), params.get("line"),
                    params.get("channel"), params.get("purchaseDate"), params.get("registrationDate"),
                    params.get("dealerId"), params.get("dealerName"), params.get("country"), params.get("movement"),
                    params.get("caliber"), params.get("caseNumber"), params.get("cardCaliber"),
                    params.get("cardCaseNumber"), params.get("invoiceDate"), params.get("productionDate"));
            ProductInputs.CheckedQuery checked = warranties.evaluate(query);
            return response(checked.evaluation());
        });
    }

    private static EvaluationResponse response(Evaluation evaluation) {
        ExtensionTerms terms = evaluation.extension();
        ExtensionAnswer extension = terms == null
                ? new ExtensionAnswer(false, null, 0, null, "NO_EXTENSION_PROGRAM")
                : new ExtensionAnswer(terms.eligible(), terms.deadline(), terms.years(), terms.extendedEnd(),
                        terms.reason());
        return new EvaluationResponse(evaluation.brand(), evaluation.program(), evaluation.baseWarrantyEnd(), extension,
                evaluation.rules(), evaluation.policyId(), evaluation.policyVersion(), evaluation.warrantyStart(),
                evaluation.notCoveredReason());
    }
}
