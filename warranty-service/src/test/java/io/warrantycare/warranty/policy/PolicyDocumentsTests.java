package io.warrantycare.warranty.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped policy documents: all listed, all loadable, versions ordered, rule ids traced to tests. */
class PolicyDocumentsTests {

    private static final Path FOLDER = Path.of("src/main/resources/policies");
    private static final Path TESTS = Path.of("src/test/java/io/warrantycare/warranty/policy");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Rules of domain-rules.md sections 1-4 about terms, eligibility or coverage: each must be data and tested. */
    private static final List<String> DECIDING_RULES = List.of(
            "CC-1", "CC-2", "CC-3", "CC-4", "CC-5", "CC-6", "CC-7", "CC-8", "CC-9", "CC-10",
            "WB-1", "WB-2", "WB-3", "WB-4", "WB-5", "WB-6",
            "AP-1", "AP-2", "AP-3", "AP-4", "AP-5",
            "SK-1", "SK-2", "SK-3");

    /** Every id of sections 1-4: a document may cite no other. */
    private static final Set<String> KNOWN_RULES = Stream.of(
            IntStream.rangeClosed(1, 20).mapToObj(i -> "CC-" + i),
            IntStream.rangeClosed(1, 6).mapToObj(i -> "WB-" + i),
            IntStream.rangeClosed(1, 7).mapToObj(i -> "AP-" + i),
            IntStream.rangeClosed(1, 7).mapToObj(i -> "SK-" + i))
            .flatMap(s -> s).collect(Collectors.toSet());

    static List<String> indexedDocuments() throws IOException {
        return Files.readAllLines(FOLDER.resolve("index.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    @Test
    void indexListsEveryDocumentOfTheFolderOnce() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(FOLDER)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }

        assertThat(indexedDocuments()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(onDisk);
        assertThat(onDisk).contains("cartier-care.json", "omega.json", "rolex.json", "ulysse-nardin.json",
                "audemars-piguet.json", "jaeger-lecoultre.json", "casarte.json", "seiko.json", "industry-default.json");
    }

    @ParameterizedTest(name = "{0} loads and its versions are ordered")
    @MethodSource("indexedDocuments")
    void everyDocumentLoadsAndItsVersionsAreOrdered(String name) throws IOException {
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put(name, Files.readString(FOLDER.resolve(name)));
        documents.putIfAbsent("industry-default.json", Files.readString(FOLDER.resolve("industry-default.json")));

        PolicyEngine engine = PolicyEngine.fromNamedJson(documents);

        ProgramSummary program = engine.programs().get(0);
        assertThat(program.policyId() + ".json").isEqualTo(name);
        List<ProgramSummary.Version> versions = program.versions();
        assertThat(versions).isNotEmpty();
        for (int i = 1; i < versions.size(); i++) {
            ProgramSummary.Version previous = versions.get(i - 1);
            ProgramSummary.Version version = versions.get(i);
            assertThat(version.version()).isGreaterThan(previous.version());
            assertThat(version.effectiveFrom()).isNotNull();
            if (previous.effectiveFrom() != null) {
                assertThat(version.effectiveFrom()).isAfter(previous.effectiveFrom());
            }
        }
        assertThat(versions).allSatisfy(v -> assertThat(v.summary()).isNotBlank());
    }

    @Test
    void engineLoadsEveryIndexedDocumentFromTheClasspath() throws IOException {
        List<String> policyIds = PolicyEngine.fromClasspath().programs().stream().map(ProgramSummary::policyId).toList();

        assertThat(policyIds).containsExactlyElementsOf(
                indexedDocuments().stream().map(n -> n.replace(".json", "")).toList());
    }

    @Test
    void everyDecidingRuleIsInAPolicyDocumentAndInATest() throws IOException {
        Set<String> inDocuments = new TreeSet<>();
        for (String name : indexedDocuments()) {
            collectRuleIds(JSON.readTree(Files.readString(FOLDER.resolve(name))), inDocuments);
        }
        String testSources = testSourcesExceptThisOne();

        assertThat(KNOWN_RULES).as("documents cite only rules of domain-rules.md").containsAll(inDocuments);
        assertThat(inDocuments).containsAll(DECIDING_RULES);
        assertThat(DECIDING_RULES).allSatisfy(id -> assertThat(
                Pattern.compile("(?<![A-Z0-9-])" + id + "(?![0-9])").matcher(testSources).find())
                .as("a test names " + id).isTrue());
    }

    @Test
    void everyOpenStartIsExplainedByAReading() throws IOException {
        for (String name : indexedDocuments()) {
            JsonNode document = JSON.readTree(Files.readString(FOLDER.resolve(name)));
            for (JsonNode version : document.get("versions")) {
                if (version.path("effectiveFrom").isNull() || version.path("effectiveFrom").isMissingNode()) {
                    assertThat(version.path("reading").asString("") + document.path("reading").asString(""))
                            .as(name + " explains its open start").isNotBlank();
                }
            }
        }
    }

    private static void collectRuleIds(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if ((field.getKey().equals("rule") || field.getKey().equals("transitionRule"))
                        && field.getValue().isString()) {
                    ids.add(field.getValue().asString());
                }
                collectRuleIds(field.getValue(), ids);
            });
        }
        else if (node.isArray()) {
            node.forEach(child -> collectRuleIds(child, ids));
        }
    }

    private static String testSourcesExceptThisOne() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("PolicyDocumentsTests.java"))
                    .map(p -> {
                        try {
                            return Files.readString(p);
                        }
                        catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
    }
}
