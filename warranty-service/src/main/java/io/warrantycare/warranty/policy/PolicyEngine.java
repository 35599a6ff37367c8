package io.warrantycare.warranty.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The warranty policy engine: brand programs are data ({@code policies/*.json}), parsed and compiled once, then
 * evaluated in memory without I/O. The version in force at the purchase date applies; a purchase before a brand's
 * first dated version falls back to the industry default document (WB-1). The engine is immutable and thread-safe.
 */
public final class PolicyEngine {

    /** The classpath folder of the documents and the index that lists them (a jar cannot be listed portably). */
    public static final String POLICY_FOLDER = "policies/";
    public static final String INDEX = POLICY_FOLDER + "index.txt";

    private final Map<String, CompiledPolicy> byBrand;
    private final CompiledPolicy industryDefault;
    private final List<ProgramSummary> programs;

    private PolicyEngine(List<CompiledPolicy> policies) {
        Map<String, CompiledPolicy> brands = new HashMap<>();
        Map<String, CompiledPolicy> ids = new LinkedHashMap<>();
        CompiledPolicy fallback = null;
        for (CompiledPolicy policy : policies) {
            if (ids.putIfAbsent(policy.policyId, policy) != null) {
                throw new InvalidPolicyException("policy " + policy.policyId + " is defined twice");
            }
            if (policy.industryDefault) {
                if (fallback != null) {
                    throw new InvalidPolicyException("two industry default documents: " + fallback.policyId
                            + " and " + policy.policyId);
                }
                fallback = policy;
            }
            else if (brands.putIfAbsent(policy.brand, policy) != null) {
                throw new InvalidPolicyException("brand " + policy.brand + " has two programs");
            }
        }
        for (CompiledPolicy policy : brands.values()) {
            if (policy.opensWithDate() && fallback == null) {
                throw new InvalidPolicyException(policy.policyId + " starts on a date and needs the industry default"
                        + " document for earlier purchases");
            }
        }
        this.byBrand = Map.copyOf(brands);
        this.industryDefault = fallback;
        this.programs = ids.values().stream().map(p -> p.summary).toList();
    }

    /** Loads every document listed in {@code classpath:policies/index.txt}. */
    public static PolicyEngine fromClasspath() {
        ClassLoader loader = PolicyEngine.class.getClassLoader();
        Map<String, String> documents = new LinkedHashMap<>();
        for (String name : readLines(loader, INDEX)) {
            documents.put(POLICY_FOLDER + name, read(loader, POLICY_FOLDER + name));
        }
        return fromNamedJson(documents);
    }

    /** Builds an engine from document texts, e.g. for tests or documents kept elsewhere. */
    public static PolicyEngine fromJson(List<String> documents) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            named.put("document " + (i + 1), documents.get(i));
        }
        return fromNamedJson(named);
    }

    /** Builds an engine from document texts keyed by a name used in error messages. */
    public static PolicyEngine fromNamedJson(Map<String, String> documents) {
        List<CompiledPolicy> policies = new ArrayList<>();
        documents.forEach((name, json) -> policies.add(PolicyCompiler.compile(name, json)));
        return new PolicyEngine(policies);
    }

    /**
     * Evaluates the product under the policy version in force at its purchase date. With a null
     * {@code registrationDate} the extension terms say whether the product can be extended at all (eligible product
     * and a window that is not empty) and until when; with a date, whether a registration on that date activates it.
     *
     * @throws UnknownBrandException when no program exists for the brand
     */
    public Evaluation evaluate(ProductFacts facts, LocalDate registrationDate) {
        CompiledPolicy policy = policyOf(facts);
        return versionFor(policy, facts).evaluate(policy.brand, facts, registrationDate);
    }

    /** {@link #evaluate} plus the movement class (SK-3) and the statutory return / exchange deadlines (AP-3). */
    public Assessment assess(ProductFacts facts, LocalDate registrationDate) {
        CompiledPolicy policy = policyOf(facts);
        CompiledVersion version = versionFor(policy, facts);
        return new Assessment(version.evaluate(policy.brand, facts, registrationDate),
                version.movementClass(facts, null), version.returnUntil(facts), version.exchangeUntil(facts));
    }

    /**
     * Whether the intervention is covered on the request's date, given the coverage end currently in force for the
     * product (null: the base warranty end the policy gives).
     */
    public CoverageDecision checkCoverage(ProductFacts facts, LocalDate coverageEnd, CoverageRequest request) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(request.date(), "request.date");
        CompiledPolicy policy = policyOf(facts);
        return versionFor(policy, facts).checkCoverage(facts, coverageEnd, request);
    }

    /** Who may activate the extension and whether once per product (CC-8, CC-9). */
    public ActivationTerms activationTerms(ProductFacts facts) {
        CompiledPolicy policy = policyOf(facts);
        return versionFor(policy, facts).activationTerms();
    }

    /** Every program with its versions, in the order of the index, the industry default included (brand null). */
    public List<ProgramSummary> programs() {
        return programs;
    }

    public boolean isKnownBrand(String brand) {
        return brand != null && lookup(brand) != null;
    }

    /** Category known for the brand: the watch categories of API.md, or the appliance brand's own. */
    public boolean isKnownCategory(String brand, String category) {
        CompiledPolicy policy = brand == null ? null : lookup(brand);
        return policy != null && policy.hasCategory(category);
    }

    /** The canonical brand code ("Jaeger-LeCoultre" → JAEGER_LECOULTRE), or null when the brand has no program. */
    public String canonicalBrand(String brand) {
        CompiledPolicy policy = brand == null ? null : lookup(brand);
        return policy == null ? null : policy.brand;
    }

    private CompiledPolicy policyOf(ProductFacts facts) {
        Objects.requireNonNull(facts, "facts");
        CompiledPolicy policy = facts.brand() == null ? null : lookup(facts.brand());
        if (policy == null) {
            throw new UnknownBrandException(facts.brand());
        }
        return policy;
    }

    private CompiledPolicy lookup(String brand) {
        CompiledPolicy policy = byBrand.get(brand);
        return policy != null ? policy : byBrand.get(PolicyCompiler.canonicalBrand(brand));
    }

    /**
     * The version in force at the purchase date; without one (AP-2: appliances may have only an invoice or a
     * production date) the first of invoice and production date; without any date the latest version.
     */
    private CompiledVersion versionFor(CompiledPolicy policy, ProductFacts facts) {
        LocalDate date = facts.purchaseDate() != null ? facts.purchaseDate()
                : facts.invoiceDate() != null ? facts.invoiceDate() : facts.productionDate();
        CompiledVersion version = policy.versionAt(date);
        return version != null ? version : industryDefault.versionAt(date);
    }

    private static List<String> readLines(ClassLoader loader, String resource) {
        List<String> names = new ArrayList<>();
        for (String line : read(loader, resource).split("\\R")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidPolicyException("classpath resource " + resource + " not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
