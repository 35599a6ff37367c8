package io.warrantycare.warranty.web;

import io.warrantycare.warranty.CoverageCheckRequest;
import io.warrantycare.warranty.WarrantyView;
import io.warrantycare.warranty.Warranties;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public warranty view and the service centers' coverage checks (role SERVICE_CENTER, checked by the gateway). */
@RestController
@RequestMapping("/api/warranties")
class WarrantyController {

    private final Warranties warranties;

    WarrantyController(Warranties warranties) {
        this.warranties = warranties;
    }

    record CoverageResponse(boolean covered, String reason, LocalDate coverageEnd, List<String> rules) {
    }

    @GetMapping("/{ni}")
    Mono<WarrantyView> warranty(@PathVariable String ni) {
        return warranties.view(ni);
    }

    @PostMapping("/{ni}/coverage-checks")
    Mono<CoverageResponse> checkCoverage(@PathVariable String ni, @RequestBody CoverageCheckRequest request) {
        return warranties.checkCoverage(ni, request)
                .map(decision -> new CoverageResponse(decision.covered(), decision.reason(), decision.coverageEnd(),
                        decision.rules()));
    }
}
