package io.warrantycare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplatesTests {

    private static final Set<String> KNOWN_PLACEHOLDERS = Set.of("givenName", "ni", "brand", "coverageEnd");
    private static final List<String> REASONS = List.of("MARKETING_CONSENT_REQUIRED", "NOT_ELIGIBLE_PRODUCT",
            "REGISTRATION_WINDOW_CLOSED", "UNKNOWN_PRODUCT", "PROOF_OF_POSSESSION_FAILED", "SALE_VOIDED",
            MessageRenderer.GENERIC_REASON);

    private final Templates templates = Templates.load();

    @Test
    void hasTemplatesForTheFourteenLanguages() {
        assertThat(Language.values()).extracting(Language::tag).containsExactlyInAnyOrder(
                "en", "fr", "de", "it", "es", "pt", "ru", "ar", "zh-CN", "zh-TW", "ja", "ko", "th", "tr");
    }

    @Test
    void englishHasASubjectPerKindAndATextPerReasonCode() {
        Map<String, String> english = templates.entries(Language.EN);
        for (MessageKind kind : MessageKind.values()) {
            assertThat(english).containsKey("subject." + kind.name()).containsKey(kind.name() + ".body");
        }
        for (String reason : REASONS) {
            assertThat(english).containsKey("reason." + reason).containsKey("action." + reason);
        }
        assertThat(english).containsKeys("EXTENSION_ACTIVATED.coverage", "ALREADY_EXTENDED.coverage", "greeting",
                "greeting.anonymous", "REJECTED.whatToDo", "closing", "signature", "footer");
    }

    @Test
    void everyLanguageHasEveryEnglishKeyFilledWithTheSamePlaceholders() {
        List<String> problems = new ArrayList<>();
        Map<String, String> english = templates.entries(Language.EN);
        for (Language language : Language.values()) {
            Map<String, String> translated = templates.entries(language);
            english.forEach((key, reference) -> {
                String text = translated.get(key);
                if (text == null || text.isBlank()) {
                    problems.add(language.tag() + ": " + key + " is missing or empty");
                    return;
                }
                Set<String> expected = Templates.placeholders(reference);
                Set<String> actual = Templates.placeholders(text);
                if (!actual.containsAll(expected)) {
                    problems.add(language.tag() + ": " + key + " lacks placeholders of " + expected);
                }
                if (!expected.containsAll(actual)) {
                    problems.add(language.tag() + ": " + key + " uses placeholders English does not fill: " + actual);
                }
            });
            translated.keySet().stream().filter(key -> !english.containsKey(key))
                    .forEach(key -> problems.add(language.tag() + ": " + key + " is not an English key"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void translationsAreNotEnglishCopies() {
        Map<String, String> english = templates.entries(Language.EN);
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            long copied = english.keySet().stream()
                    .filter(key -> english.get(key).equals(templates.entries(language).get(key)))
                    .count();
            assertThat(copied).as("keys of %s identical to English", language.tag()).isZero();
        }
    }

    @Test
    void usesOnlyThePlaceholdersTheRendererFills() {
        for (Language language : Language.values()) {
            templates.entries(language).values().forEach(text ->
                    assertThat(KNOWN_PLACEHOLDERS).containsAll(Templates.placeholders(text)));
        }
    }

    @Test
    void fillsPlaceholdersAndEscapesOnlyTheTemplateText() {
        String filled = Templates.fill("<{brand}> & {unknown}", Map.of("brand", "B&amp;C"), text -> text.replace("&", "&amp;")
                .replace("<", "&lt;").replace(">", "&gt;"));

        assertThat(filled).isEqualTo("&lt;B&amp;C&gt; &amp; {unknown}");
    }
}
