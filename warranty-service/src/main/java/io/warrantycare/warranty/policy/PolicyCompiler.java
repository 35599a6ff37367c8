package io.warrantycare.warranty.policy;

import io.warrantycare.warranty.policy.CompiledVersion.ActivationRule;
import io.warrantycare.warranty.policy.CompiledVersion.BaseTermRule;
import io.warrantycare.warranty.policy.CompiledVersion.CaliberClassRule;
import io.warrantycare.warranty.policy.CompiledVersion.CardMatchRule;
import io.warrantycare.warranty.policy.CompiledVersion.CardRequiredRule;
import io.warrantycare.warranty.policy.CompiledVersion.ClosesRule;
import io.warrantycare.warranty.policy.CompiledVersion.DateField;
import io.warrantycare.warranty.policy.CompiledVersion.EligibilityRule;
import io.warrantycare.warranty.policy.CompiledVersion.ExclusionRule;
import io.warrantycare.warranty.policy.CompiledVersion.ExtensionRule;
import io.warrantycare.warranty.policy.CompiledVersion.OpensRule;
import io.warrantycare.warranty.policy.CompiledVersion.RepairRule;
import io.warrantycare.warranty.policy.CompiledVersion.StartDateRule;
import io.warrantycare.warranty.policy.CompiledVersion.StartSource;
import io.warrantycare.warranty.policy.CompiledVersion.StatutoryWindowsRule;
import io.warrantycare.warranty.policy.PolicyDocument.RuleEntry;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads a policy document, checks the format rules and compiles it; every error names the document and rule. */
final class PolicyCompiler {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2}-[1-9][0-9]*");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern POLICY_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private PolicyCompiler() {
    }

    /** Upper case, spaces and hyphens as underscores: "Jaeger-LeCoultre" and "JAEGER_LECOULTRE" are one brand. */
    static String canonicalBrand(String brand) {
        return brand.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    static CompiledPolicy compile(String name, String json) {
        PolicyDocument document;
        try {
            document = JSON.readValue(json, PolicyDocument.class);
        }
        catch (JacksonException e) {
            throw new InvalidPolicyException(name + ": unreadable policy document: " + e.getOriginalMessage(), e);
        }
        if (document == null) {
            throw new InvalidPolicyException(name + ": empty policy document");
        }
        return new PolicyCompiler.Context(name).compile(document);
    }

    private static final class Context {

        private String where;

        Context(String name) {
            this.where = name;
        }

        CompiledPolicy compile(PolicyDocument doc) {
            String name = where;
            require(doc.policyId() != null && POLICY_ID.matcher(doc.policyId()).matches(),
                    "policyId must be lower-case words joined by hyphens");
            boolean industryDefault = Boolean.TRUE.equals(doc.industryDefault());
            String brand = null;
            if (industryDefault) {
                require(doc.brand() == null, "the industry default applies to no brand: remove brand");
            }
            else {
                require(doc.brand() != null && !doc.brand().isBlank(), "brand is required");
                brand = canonicalBrand(doc.brand());
                require(doc.categories() != null && !doc.categories().isEmpty(), "categories are required");
                doc.categories().forEach(c -> requireCode(c, "category"));
            }
            require(doc.program() != null && !doc.program().isBlank(), "program is required");
            require(doc.versions() != null && !doc.versions().isEmpty(), "at least one version is required");
            List<CompiledVersion> versions = new ArrayList<>();
            List<ProgramSummary.Version> summaries = new ArrayList<>();
            CompiledVersion previous = null;
            for (PolicyDocument.Version version : doc.versions()) {
                where = name + ": version " + version.version();
                require(version.version() != null && version.version() > 0, "version must be a positive number");
                require(version.summary() != null && !version.summary().isBlank(), "summary is required");
                if (previous == null) {
                    require(!industryDefault || version.effectiveFrom() == null,
                            "the industry default's first version must have an open start (no effectiveFrom)");
                }
                else {
                    require(version.version() > previous.version, "versions must be numbered in increasing order");
                    require(version.effectiveFrom() != null, "only the first version may have an open start");
                    require(previous.effectiveFrom == null || version.effectiveFrom().isAfter(previous.effectiveFrom),
                            "versions must be ordered by effectiveFrom");
                }
                CompiledVersion compiled = compileVersion(doc.policyId(), doc.program(), version);
                versions.add(compiled);
                summaries.add(new ProgramSummary.Version(compiled.version, compiled.effectiveFrom, compiled.summary));
                previous = compiled;
            }
            where = name;
            ProgramSummary summary = new ProgramSummary(doc.policyId(), brand, doc.program(), List.copyOf(summaries));
            return new CompiledPolicy(doc.policyId(), brand, industryDefault,
                    industryDefault ? null : ValueSet.of(doc.categories()),
                    versions.toArray(CompiledVersion[]::new), summary);
        }

        private CompiledVersion compileVersion(String policyId, String program, PolicyDocument.Version version) {
            require(version.rules() != null && !version.rules().isEmpty(), "rules are required");
            String versionWhere = where;
            StartDateRule startDate = null;
            CardRequiredRule cardRequired = null;
            CardMatchRule cardMatch = null;
            CaliberClassRule caliberClass = null;
            StatutoryWindowsRule windows = null;
            OpensRule opens = null;
            ClosesRule closes = null;
            List<String> owners = null;
            String ownersRule = null;
            Boolean once = null;
            String onceRule = null;
            List<BaseTermRule> baseTerms = new ArrayList<>();
            List<EligibilityRule> eligibility = new ArrayList<>();
            List<ExtensionRule> extensions = new ArrayList<>();
            List<ExclusionRule> exclusions = new ArrayList<>();
            List<RepairRule> repairs = new ArrayList<>();
            for (RuleEntry entry : version.rules()) {
                require(entry != null, "empty rule entry");
                where = versionWhere + ", rule " + entry.rule() + " (" + kindOf(entry) + ")";
                require(entry.rule() != null && RULE_ID.matcher(entry.rule()).matches(),
                        "rule must be a rule id of domain-rules.md, like CC-4");
                if (entry instanceof PolicyDocument.StartDate e) {
                    require(startDate == null, "only one START_DATE per version");
                    require(e.sources() != null && !e.sources().isEmpty(), "sources are required");
                    List<StartSource> sources = new ArrayList<>();
                    for (PolicyDocument.StartSource source : e.sources()) {
                        sources.add(new StartSource(enumOf(DateField.class, source.date(), "sources.date"),
                                period(source.plus() == null ? "P0D" : source.plus(), "sources.plus")));
                    }
                    startDate = new StartDateRule(e.rule(), sources.toArray(StartSource[]::new),
                            code(e.missingReason(), "missingReason"));
                }
                else if (entry instanceof PolicyDocument.CardRequired e) {
                    require(cardRequired == null, "only one CARD_REQUIRED per version");
                    Set<String> fields = fields(e.fields(), Set.of("DEALER_NAME", "PURCHASE_DATE"));
                    cardRequired = new CardRequiredRule(e.rule(), fields.contains("DEALER_NAME"),
                            fields.contains("PURCHASE_DATE"), code(e.reason(), "reason"));
                }
                else if (entry instanceof PolicyDocument.CardMatch e) {
                    require(cardMatch == null, "only one CARD_MATCH per version");
                    Set<String> fields = fields(e.fields(), Set.of("CALIBER", "CASE_NUMBER"));
                    cardMatch = new CardMatchRule(e.rule(), fields.contains("CALIBER"),
                            fields.contains("CASE_NUMBER"), code(e.reason(), "reason"));
                }
                else if (entry instanceof PolicyDocument.CaliberClass e) {
                    require(caliberClass == null, "only one CALIBER_CLASS per version");
                    require(e.mechanical() != null && !e.mechanical().isEmpty(), "mechanical calibers are required");
                    caliberClass = new CaliberClassRule(e.rule(), e.mechanical().toArray(String[]::new),
                            code(e.otherwise(), "otherwise"));
                }
                else if (entry instanceof PolicyDocument.BaseTerm e) {
                    require(e.years() != null && e.years() > 0, "years must be positive");
                    baseTerms.add(new BaseTermRule(e.rule(), e.years(), condition(e.when())));
                }
                else if (entry instanceof PolicyDocument.StatutoryWindows e) {
                    require(windows == null, "only one STATUTORY_WINDOWS per version");
                    windows = new StatutoryWindowsRule(e.rule(), period(e.returnWithin(), "returnWithin"),
                            period(e.exchangeWithin(), "exchangeWithin"));
                }
                else if (entry instanceof PolicyDocument.ExtensionEligibility e) {
                    String effect = e.effect();
                    require("REQUIRE".equals(effect) || "EXCLUDE".equals(effect), "effect must be REQUIRE or EXCLUDE");
                    require(e.when() != null, "when is required");
                    eligibility.add(new EligibilityRule(e.rule(), "REQUIRE".equals(effect), condition(e.when()),
                            code(e.reason(), "reason")));
                }
                else if (entry instanceof PolicyDocument.RegistrationExtension e) {
                    require(e.years() != null && e.years() > 0, "years must be positive");
                    extensions.add(new ExtensionRule(e.rule(), e.years(), condition(e.when())));
                }
                else if (entry instanceof PolicyDocument.RegistrationOpens e) {
                    require(opens == null, "only one REGISTRATION_OPENS per version");
                    require(e.date() != null, "date is required");
                    require(e.transitionRule() == null || RULE_ID.matcher(e.transitionRule()).matches(),
                            "transitionRule must be a rule id");
                    opens = new OpensRule(e.rule(), e.date(), code(e.reason(), "reason"), e.transitionRule());
                }
                else if (entry instanceof PolicyDocument.RegistrationCloses e) {
                    require(closes == null, "only one REGISTRATION_CLOSES per version");
                    require("BASE_END".equals(e.relativeTo()), "relativeTo must be BASE_END");
                    closes = new ClosesRule(e.rule(), period(e.plus() == null ? "P0D" : e.plus(), "plus"),
                            code(e.reason(), "reason"));
                }
                else if (entry instanceof PolicyDocument.Activation e) {
                    require((e.owners() == null) != (e.oncePerProduct() == null),
                            "an ACTIVATION entry states either owners or oncePerProduct");
                    if (e.owners() != null) {
                        require(owners == null, "owners stated twice");
                        require(!e.owners().isEmpty(), "owners must not be empty");
                        e.owners().forEach(o -> requireCode(o, "owners"));
                        owners = List.copyOf(e.owners());
                        ownersRule = e.rule();
                    }
                    else {
                        require(once == null, "oncePerProduct stated twice");
                        once = e.oncePerProduct();
                        onceRule = e.rule();
                    }
                }
                else if (entry instanceof PolicyDocument.CoverageExclusion e) {
                    require(e.interventions() != null && !e.interventions().isEmpty(), "interventions are required");
                    e.interventions().forEach(i -> requireCode(i, "interventions"));
                    exclusions.add(new ExclusionRule(e.rule(), ValueSet.of(e.interventions()), code(e.reason(), "reason")));
                }
                else if (entry instanceof PolicyDocument.RepairWarranty e) {
                    boolean sameFault = Boolean.TRUE.equals(e.sameFault());
                    require(sameFault != (e.interventions() != null && !e.interventions().isEmpty()),
                            "a REPAIR_WARRANTY applies either to the same fault or to listed interventions");
                    repairs.add(new RepairRule(e.rule(), sameFault,
                            sameFault ? null : ValueSet.of(e.interventions()), period(e.within(), "within"),
                            code(e.reason(), "reason")));
                }
            }
            where = versionWhere;
            require(!baseTerms.isEmpty(), "at least one BASE_TERM is required");
            require(baseTerms.get(baseTerms.size() - 1).when().isAlways(),
                    "the last BASE_TERM must have no condition, so that every product gets a term");
            require(!extensions.isEmpty() || (eligibility.isEmpty() && opens == null && closes == null),
                    "eligibility and registration windows need a REGISTRATION_EXTENSION");
            ActivationRule activation = owners == null && once == null ? null
                    : new ActivationRule(owners == null ? List.of() : owners, ownersRule, Boolean.TRUE.equals(once),
                            onceRule);
            return new CompiledVersion(policyId, program, version.version(), version.effectiveFrom(),
                    version.summary(), startDate, cardRequired, cardMatch, caliberClass, baseTerms, windows,
                    eligibility, extensions, opens, closes, activation, exclusions, repairs);
        }

        private Condition condition(PolicyDocument.When when) {
            if (when == null) {
                return Condition.ALWAYS;
            }
            return new Condition(values(when.category(), "category"), values(when.line(), "line"),
                    values(when.channel(), "channel"), values(when.dealerId(), "dealerId"),
                    values(when.country(), "country"), values(when.movement(), "movement"));
        }

        private ValueSet values(List<String> values, String field) {
            if (values == null) {
                return null;
            }
            require(!values.isEmpty(), "when." + field + " must list at least one value");
            values.forEach(v -> require(v != null && !v.isBlank(), "when." + field + " has a blank value"));
            return ValueSet.of(values);
        }

        private Set<String> fields(List<String> fields, Set<String> allowed) {
            require(fields != null && !fields.isEmpty(), "fields are required");
            require(allowed.containsAll(fields), "fields must be among " + allowed);
            return Set.copyOf(fields);
        }

        private String code(String code, String field) {
            requireCode(code, field);
            return code;
        }

        private void requireCode(String code, String field) {
            require(code != null && CODE.matcher(code).matches(), field + " must be an UPPER_SNAKE code");
        }

        private Period period(String text, String field) {
            require(text != null, field + " is required");
            try {
                Period period = Period.parse(text);
                require(!period.isNegative(), field + " must not be negative");
                return period;
            }
            catch (DateTimeParseException e) {
                throw new InvalidPolicyException(where + ": " + field + " must be an ISO-8601 period like P90D");
            }
        }

        private <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
            try {
                return Enum.valueOf(type, String.valueOf(value));
            }
            catch (IllegalArgumentException e) {
                throw new InvalidPolicyException(where + ": " + field + " must be one of "
                        + List.of(type.getEnumConstants()));
            }
        }

        private void require(boolean condition, String message) {
            if (!condition) {
                throw new InvalidPolicyException(where + ": " + message);
            }
        }

        private static String kindOf(RuleEntry entry) {
            return entry.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        }
    }
}
