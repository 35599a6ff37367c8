package io.warrantycare.warranty.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * One policy version compiled for evaluation: every rule entry turned into an immutable object with its id, so that
 * an evaluation is a handful of comparisons and date additions. Built only by {@link PolicyCompiler}.
 */
final class CompiledVersion {

    static final String MECHANICAL = "MECHANICAL";

    private static final ExtensionTerms NO_PROGRAM =
            new ExtensionTerms(false, null, 0, null, ReasonCodes.NO_EXTENSION_PROGRAM);
    private static final StartDateRule PURCHASE_DATE_START = new StartDateRule(null,
            new StartSource[] {new StartSource(DateField.PURCHASE_DATE, Period.ZERO)}, ReasonCodes.NO_PURCHASE_DATE);

    enum DateField {
        PURCHASE_DATE, INVOICE_DATE, PRODUCTION_DATE;

        LocalDate of(ProductFacts facts) {
            return switch (this) {
                case PURCHASE_DATE -> facts.purchaseDate();
                case INVOICE_DATE -> facts.invoiceDate();
                case PRODUCTION_DATE -> facts.productionDate();
            };
        }
    }

    record StartSource(DateField field, Period plus) {
    }

    record StartDateRule(String id, StartSource[] sources, String missingReason) {

        LocalDate resolve(ProductFacts facts) {
            for (StartSource source : sources) {
                LocalDate date = source.field().of(facts);
                if (date != null) {
                    return source.plus().isZero() ? date : date.plus(source.plus());
                }
            }
            return null;
        }
    }

    record CardRequiredRule(String id, boolean dealerName, boolean purchaseDate, String reason) {
    }

    record CardMatchRule(String id, boolean caliber, boolean caseNumber, String reason) {
    }

    record CaliberClassRule(String id, String[] mechanical, String otherwise) {

        String classify(String caliber) {
            for (String code : mechanical) {
                if (Numbers.sameCaliber(caliber, code)) {
                    return MECHANICAL;
                }
            }
            return otherwise;
        }
    }

    record BaseTermRule(String id, int years, Condition when) {
    }

    record StatutoryWindowsRule(String id, Period returnWithin, Period exchangeWithin) {
    }

    record EligibilityRule(String id, boolean require, Condition when, String reason) {

        boolean rejects(ProductFacts facts, String movementClass) {
            return require != when.matches(facts, movementClass);
        }
    }

    record ExtensionRule(String id, int years, Condition when) {
    }

    record OpensRule(String id, LocalDate date, String reason, String transitionRule) {
    }

    record ClosesRule(String id, Period plus, String reason) {
    }

    record ExclusionRule(String id, ValueSet interventions, String reason) {
    }

    record RepairRule(String id, boolean sameFault, ValueSet interventions, Period within, String reason) {

        boolean applies(CoverageRequest request) {
            LocalDate last = request.lastRepairDate();
            if (last == null || request.date().isBefore(last) || request.date().isAfter(last.plus(within))) {
                return false;
            }
            return sameFault ? Boolean.TRUE.equals(request.sameFaultAsLastRepair())
                    : interventions.contains(request.intervention());
        }
    }

    record ActivationRule(List<String> owners, String ownersRule, boolean oncePerProduct, String onceRule) {
    }

    final String policyId;
    final String program;
    final int version;
    final LocalDate effectiveFrom;
    final String summary;
    private final StartDateRule startDate;
    private final CardRequiredRule cardRequired;
    private final CardMatchRule cardMatch;
    private final CaliberClassRule caliberClass;
    private final BaseTermRule[] baseTerms;
    private final StatutoryWindowsRule statutoryWindows;
    private final EligibilityRule[] eligibility;
    private final ExtensionRule[] extensions;
    private final String[] extensionIds;
    private final OpensRule opens;
    private final ClosesRule closes;
    private final ActivationRule activation;
    private final ExclusionRule[] exclusions;
    private final RepairRule[] repairs;

    CompiledVersion(String policyId, String program, int version, LocalDate effectiveFrom, String summary,
            StartDateRule startDate, CardRequiredRule cardRequired, CardMatchRule cardMatch,
            CaliberClassRule caliberClass, List<BaseTermRule> baseTerms, StatutoryWindowsRule statutoryWindows,
            List<EligibilityRule> eligibility, List<ExtensionRule> extensions, OpensRule opens, ClosesRule closes,
            ActivationRule activation, List<ExclusionRule> exclusions, List<RepairRule> repairs) {
        this.policyId = policyId;
        this.program = program;
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.summary = summary;
        this.startDate = startDate == null ? PURCHASE_DATE_START : startDate;
        this.cardRequired = cardRequired;
        this.cardMatch = cardMatch;
        this.caliberClass = caliberClass;
        this.baseTerms = baseTerms.toArray(BaseTermRule[]::new);
        this.statutoryWindows = statutoryWindows;
        this.eligibility = eligibility.toArray(EligibilityRule[]::new);
        this.extensions = extensions.toArray(ExtensionRule[]::new);
        this.extensionIds = extensions.stream().map(ExtensionRule::id).distinct().toArray(String[]::new);
        this.opens = opens;
        this.closes = closes;
        this.activation = activation;
        this.exclusions = exclusions.toArray(ExclusionRule[]::new);
        this.repairs = repairs.toArray(RepairRule[]::new);
    }

    Evaluation evaluate(String brand, ProductFacts facts, LocalDate registrationDate) {
        RuleTrail trail = new RuleTrail();
        String blocked = cardProblem(facts, trail);
        LocalDate start = null;
        if (blocked == null) {
            start = startDate.resolve(facts);
            trail.add(startDate.id());
            if (start == null) {
                blocked = startDate.missingReason();
            }
        }
        String movementClass = movementClass(facts, trail);
        if (blocked != null) {
            ExtensionTerms none = extensions.length == 0 ? NO_PROGRAM : new ExtensionTerms(false, null, 0, null, blocked);
            return new Evaluation(brand, program, policyId, version, null, null, none, blocked, trail.toList());
        }
        BaseTermRule base = baseTerm(facts, movementClass);
        trail.add(base.id());
        LocalDate baseEnd = start.plusYears(base.years());
        if (statutoryWindows != null && saleDate(facts) != null) {
            trail.add(statutoryWindows.id());
        }
        ExtensionTerms extension = extension(facts, movementClass, start, base.years(), baseEnd, registrationDate, trail);
        return new Evaluation(brand, program, policyId, version, start, baseEnd, extension, null, trail.toList());
    }

    private ExtensionTerms extension(ProductFacts facts, String movementClass, LocalDate start, int baseYears,
            LocalDate baseEnd, LocalDate registrationDate, RuleTrail trail) {
        if (extensions.length == 0) {
            return NO_PROGRAM;
        }
        for (EligibilityRule rule : eligibility) {
            if (rule.rejects(facts, movementClass)) {
                trail.add(rule.id());
                return new ExtensionTerms(false, null, 0, null, rule.reason());
            }
        }
        int years = 0;
        for (ExtensionRule rule : extensions) {
            if (rule.when().matches(facts, movementClass)) {
                years += rule.years();
                trail.add(rule.id());
            }
        }
        if (years == 0) {
            trail.addAll(extensionIds);
            return new ExtensionTerms(false, null, 0, null, ReasonCodes.NOT_ELIGIBLE_PRODUCT);
        }
        if (opens != null && opens.transitionRule() != null && start.isBefore(opens.date())) {
            trail.add(opens.transitionRule());
        }
        LocalDate deadline = closes == null ? null : baseEnd.plus(closes.plus());
        if (deadline != null && opens != null && deadline.isBefore(opens.date())) {
            trail.add(closes.id());
            return new ExtensionTerms(false, deadline, years, null, closes.reason());
        }
        if (registrationDate != null) {
            if (opens != null && registrationDate.isBefore(opens.date())) {
                trail.add(opens.id());
                return new ExtensionTerms(false, deadline, years, null, opens.reason());
            }
            if (deadline != null && registrationDate.isAfter(deadline)) {
                trail.add(closes.id());
                return new ExtensionTerms(false, deadline, years, null, closes.reason());
            }
        }
        if (closes != null) {
            trail.add(closes.id());
        }
        return new ExtensionTerms(true, deadline, years, start.plusYears(baseYears + years), null);
    }

    CoverageDecision checkCoverage(ProductFacts facts, LocalDate coverageEnd, CoverageRequest request) {
        RuleTrail trail = new RuleTrail();
        String blocked = cardProblem(facts, trail);
        LocalDate start = null;
        if (blocked == null) {
            start = startDate.resolve(facts);
            trail.add(startDate.id());
            if (start == null) {
                blocked = startDate.missingReason();
            }
        }
        if (blocked != null) {
            return new CoverageDecision(false, blocked, coverageEnd, trail.toList());
        }
        BaseTermRule base = baseTerm(facts, movementClass(facts, null));
        LocalDate baseEnd = start.plusYears(base.years());
        LocalDate end = coverageEnd == null ? baseEnd : coverageEnd;
        for (ExclusionRule rule : exclusions) {
            if (rule.interventions().contains(request.intervention())) {
                return new CoverageDecision(false, rule.reason(), end, List.of(rule.id()));
            }
        }
        for (RepairRule rule : repairs) {
            if (rule.applies(request)) {
                return new CoverageDecision(true, rule.reason(), end, List.of(rule.id()));
            }
        }
        LocalDate date = request.date();
        boolean extended = end.isAfter(baseEnd);
        if (date.isBefore(start)) {
            return new CoverageDecision(false, ReasonCodes.BEFORE_WARRANTY_START, end, List.of(base.id()));
        }
        if (date.isAfter(end)) {
            return new CoverageDecision(false, ReasonCodes.COVERAGE_EXPIRED, end,
                    extended ? extensionTrail() : List.of(base.id()));
        }
        if (!date.isAfter(baseEnd)) {
            return new CoverageDecision(true, ReasonCodes.COVERED_BY_WARRANTY, end, List.of(base.id()));
        }
        return new CoverageDecision(true, ReasonCodes.COVERED_BY_EXTENSION, end, extensionTrail());
    }

    private List<String> extensionTrail() {
        RuleTrail trail = new RuleTrail().addAll(extensionIds);
        for (ExclusionRule rule : exclusions) {
            trail.add(rule.id());
        }
        return trail.toList();
    }

    /** The class SK-3 derives from the caliber, else the declared movement; the trail gets SK-3 when it decided. */
    String movementClass(ProductFacts facts, RuleTrail trail) {
        if (caliberClass != null && Numbers.hasCaliber(facts.caliber())) {
            if (trail != null) {
                trail.add(caliberClass.id());
            }
            return caliberClass.classify(facts.caliber());
        }
        return facts.movement();
    }

    /** The date the statutory windows count from (AP-3): the invoice, else the declared purchase. */
    LocalDate saleDate(ProductFacts facts) {
        return facts.invoiceDate() != null ? facts.invoiceDate() : facts.purchaseDate();
    }

    LocalDate returnUntil(ProductFacts facts) {
        LocalDate sale = saleDate(facts);
        return statutoryWindows == null || sale == null ? null : sale.plus(statutoryWindows.returnWithin());
    }

    LocalDate exchangeUntil(ProductFacts facts) {
        LocalDate sale = saleDate(facts);
        return statutoryWindows == null || sale == null ? null : sale.plus(statutoryWindows.exchangeWithin());
    }

    ActivationTerms activationTerms() {
        if (activation == null) {
            return new ActivationTerms(List.of(), false, List.of());
        }
        return new ActivationTerms(activation.owners(), activation.oncePerProduct(),
                new RuleTrail().add(activation.ownersRule()).add(activation.onceRule()).toList());
    }

    private String cardProblem(ProductFacts facts, RuleTrail trail) {
        if (cardRequired != null) {
            trail.add(cardRequired.id());
            if ((cardRequired.dealerName() && (facts.dealerName() == null || facts.dealerName().isBlank()))
                    || (cardRequired.purchaseDate() && facts.purchaseDate() == null)) {
                return cardRequired.reason();
            }
        }
        if (cardMatch != null) {
            boolean compared = false;
            boolean matches = true;
            if (cardMatch.caliber() && Numbers.hasCaliber(facts.caliber()) && Numbers.hasCaliber(facts.cardCaliber())) {
                compared = true;
                matches = Numbers.sameCaliber(facts.caliber(), facts.cardCaliber());
            }
            if (cardMatch.caseNumber() && facts.caseNumber() != null && facts.cardCaseNumber() != null) {
                compared = true;
                matches &= Numbers.sameNumber(facts.caseNumber(), facts.cardCaseNumber());
            }
            if (compared) {
                trail.add(cardMatch.id());
            }
            if (!matches) {
                return cardMatch.reason();
            }
        }
        return null;
    }

    private BaseTermRule baseTerm(ProductFacts facts, String movementClass) {
        for (BaseTermRule rule : baseTerms) {
            if (rule.when().matches(facts, movementClass)) {
                return rule;
            }
        }
        return baseTerms[baseTerms.length - 1];
    }
}
