package io.warrantycare.warranty;

import io.warrantycare.contracts.IndividualNumbers;
import io.warrantycare.warranty.policy.Evaluation;
import io.warrantycare.warranty.policy.PolicyEngine;
import io.warrantycare.warranty.policy.ProductFacts;
import io.warrantycare.warranty.policy.UnknownBrandException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Turns the text of a declaration or a policy query into checked product facts and their evaluation. An unknown
 * brand throws {@link UnknownBrandException} (404); every other problem is a field problem (400).
 */
@Component
public class ProductInputs {

    static final String NO_PURCHASE_DATE = "NO_PURCHASE_DATE";
    static final Set<String> CHANNELS = Set.of("BOUTIQUE", "AUTHORIZED_RETAILER", "ONLINE", "OTHER");

    private final PolicyEngine engine;
    private final Clock clock;

    ProductInputs(PolicyEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** A declaration whose fields are valid, with what the policy grants it today. */
    public record CheckedSale(Declaration declaration, Evaluation evaluation) {
    }

    /** A policy query whose fields are valid, with the policy's answer. */
    public record CheckedQuery(ProductFacts facts, LocalDate registrationDate, Evaluation evaluation) {
    }

    public CheckedSale declaration(SaleDeclarationRequest request) {
        FieldChecks checks = new FieldChecks();
        LocalDate today = LocalDate.now(clock);
        String ni = null;
        if (FieldChecks.blank(request.ni())) {
            checks.add("ni", "REQUIRED", "is required");
        } else {
            ni = IndividualNumbers.canonical(request.ni()).orElse(null);
            if (ni == null) {
                checks.add("ni", "INVALID_NI", "must be 6 to 24 letters or digits once spaces and hyphens are removed");
            }
        }
        String brand = brand(checks, request.brand());
        String category = category(checks, brand, request.category());
        String line = checks.code("line", request.line());
        String channel = checks.oneOf("channel", request.channel(), CHANNELS);
        String reference = checks.text("reference", request.reference());
        String collection = checks.text("collection", request.collection());
        LocalDate purchaseDate = checks.pastOrToday("purchaseDate", request.purchaseDate(), today);
        LocalDate invoiceDate = checks.pastOrToday("invoiceDate", request.invoiceDate(), today);
        LocalDate productionDate = checks.pastOrToday("productionDate", request.productionDate(), today);
        Declaration.Dealer dealer = null;
        List<FieldProblem> missing = new ArrayList<>();
        if (request.dealer() == null) {
            missing.add(new FieldProblem("dealer", "REQUIRED", "is required"));
        } else {
            String dealerName = checks.text("dealer.name", request.dealer().name());
            if (FieldChecks.blank(request.dealer().name())) {
                missing.add(new FieldProblem("dealer.name", "REQUIRED", "is required"));
            }
            dealer = new Declaration.Dealer(checks.text("dealer.id", request.dealer().id()), dealerName,
                    checks.country("dealer.country", request.dealer().country()));
        }
        if (FieldChecks.blank(request.purchaseDate())) {
            missing.add(new FieldProblem("purchaseDate", "REQUIRED", "is required"));
        }
        Declaration declaration = new Declaration(ni, brand, reference, collection, category, line, channel,
                purchaseDate, dealer, checks.code("movement", request.movement()),
                checks.text("caliber", request.caliber()), checks.text("caseNumber", request.caseNumber()),
                checks.text("cardCaliber", request.cardCaliber()), checks.text("cardCaseNumber", request.cardCaseNumber()),
                productionDate, invoiceDate);
        if (checks.failed()) {
            List<FieldProblem> all = new ArrayList<>(checks.problems());
            all.addAll(missing);
            throw new InvalidRequestException(all);
        }
        return new CheckedSale(declaration, evaluate(declaration.facts(), null, missing));
    }

    public CheckedQuery query(PolicyQuery query) {
        FieldChecks checks = new FieldChecks();
        LocalDate today = LocalDate.now(clock);
        String brand = brand(checks, query.brand());
        String category = category(checks, brand, query.category());
        ProductFacts facts = new ProductFacts(brand, category,
                checks.code("line", query.line()),
                checks.oneOf("channel", query.channel(), CHANNELS),
                checks.text("dealerId", query.dealerId()),
                checks.text("dealerName", query.dealerName()),
                checks.country("country", query.country()),
                checks.code("movement", query.movement()),
                checks.text("caliber", query.caliber()),
                checks.text("caseNumber", query.caseNumber()),
                checks.text("cardCaliber", query.cardCaliber()),
                checks.text("cardCaseNumber", query.cardCaseNumber()),
                checks.pastOrToday("purchaseDate", query.purchaseDate(), today),
                checks.pastOrToday("invoiceDate", query.invoiceDate(), today),
                checks.pastOrToday("productionDate", query.productionDate(), today));
        LocalDate registrationDate = checks.date("registrationDate", query.registrationDate());
        if (checks.failed()) {
            throw new InvalidRequestException(checks.problems());
        }
        List<FieldProblem> missing = FieldChecks.blank(query.purchaseDate())
                ? List.of(new FieldProblem("purchaseDate", "REQUIRED", "is required"))
                : List.of();
        return new CheckedQuery(facts, registrationDate, evaluate(facts, registrationDate, missing));
    }

    /**
     * Missing facts are a policy outcome when the policy names a reason of its own for them (SK-1: a card without
     * the dealer's name or the purchase date is invalid, NOT_COVERED) and a 400 otherwise: a policy that merely
     * notices the absent purchase date ({@value #NO_PURCHASE_DATE}) did not ask for it to be optional.
     */
    private Evaluation evaluate(ProductFacts facts, LocalDate registrationDate, List<FieldProblem> missing) {
        Evaluation evaluation;
        try {
            evaluation = engine.evaluate(facts, registrationDate);
        } catch (UnknownBrandException unknown) {
            throw unknown;
        } catch (RuntimeException notEvaluable) {
            if (!missing.isEmpty()) {
                throw new InvalidRequestException(missing);
            }
            throw new InvalidRequestException(new FieldProblem("", "NOT_EVALUABLE",
                    "the policy cannot evaluate this product: " + notEvaluable.getMessage()));
        }
        if (!missing.isEmpty() && (evaluation.notCoveredReason() == null
                || NO_PURCHASE_DATE.equals(evaluation.notCoveredReason()))) {
            throw new InvalidRequestException(missing);
        }
        return evaluation;
    }

    private String brand(FieldChecks checks, String value) {
        if (FieldChecks.blank(value)) {
            checks.add("brand", "REQUIRED", "is required");
            return null;
        }
        // Brand codes as the policies name them: "Jaeger-LeCoultre" is JAEGER_LECOULTRE.
        String brand = value.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        if (brand.length() > FieldChecks.MAX_TEXT || !engine.isKnownBrand(brand)) {
            throw new UnknownBrandException(brand);
        }
        return brand;
    }

    private String category(FieldChecks checks, String brand, String value) {
        if (FieldChecks.blank(value)) {
            checks.add("category", "REQUIRED", "is required");
            return null;
        }
        String category = checks.code("category", value);
        if (category != null && brand != null && !engine.isKnownCategory(brand, category)) {
            checks.add("category", "UNKNOWN_CATEGORY", "is not a category of " + brand);
            return null;
        }
        return category;
    }
}
