package io.warrantycare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "null", value = {
            "en, en",
            "en-GB, en",
            "fr-CA, fr",
            "de-CH, de",
            "it, it",
            "es-MX, es",
            "pt-BR, pt",
            "pt_PT, pt",
            "ru, ru",
            "ar-AE, ar",
            "zh, zh-CN",
            "zh-Hans, zh-CN",
            "zh-CN, zh-CN",
            "zh-SG, zh-CN",
            "zh-Hans-HK, zh-CN",
            "zh-Hant, zh-TW",
            "zh-TW, zh-TW",
            "zh-HK, zh-TW",
            "zh-Hant-TW, zh-TW",
            "ZH-tw, zh-TW",
            "ja-JP, ja",
            "ko, ko",
            "th-TH, th",
            "tr-TR, tr",
            "nl-BE, en",
            "sv, en",
            "'', en",
            "null, en",
            "not a tag!, en"})
    void resolvesTheCustomersTagToATemplateLanguage(String requested, String expected) {
        assertThat(Language.resolve(requested).tag()).isEqualTo(expected);
    }
}
