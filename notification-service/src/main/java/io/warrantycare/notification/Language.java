package io.warrantycare.notification;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;

/** The 14 languages of the templates (CC-16: the leaflet's 14 languages); any other request falls back to English. */
enum Language {
    EN("en"),
    FR("fr"),
    DE("de"),
    IT("it"),
    ES("es"),
    PT("pt"),
    RU("ru"),
    AR("ar"),
    ZH_CN("zh-CN"),
    ZH_TW("zh-TW"),
    JA("ja"),
    KO("ko"),
    TH("th"),
    TR("tr");

    private static final Set<String> TRADITIONAL_CHINESE_REGIONS = Set.of("TW", "HK", "MO");

    private final String tag;
    private final Locale locale;

    Language(String tag) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
    }

    String tag() {
        return tag;
    }

    Locale locale() {
        return locale;
    }

    /** Dates as the language writes them in a letter; Thai letters count years in the Buddhist era. */
    DateTimeFormatter dateFormat() {
        DateTimeFormatter longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
        return this == TH ? longDate.localizedBy(Locale.forLanguageTag("th-TH-u-ca-buddhist")) : longDate.withLocale(locale);
    }

    boolean rightToLeft() {
        return this == AR;
    }

    /** Resolves a BCP 47 tag as the customer gave it: "pt-BR" → pt, "zh-Hant"/"zh-HK" → zh-TW, "zh"/"zh-Hans" → zh-CN. */
    static Language resolve(String requested) {
        if (requested == null || requested.isBlank() || requested.length() > 35) {
            return EN;
        }
        Locale locale = Locale.forLanguageTag(requested.trim().replace('_', '-'));
        String language = locale.getLanguage();
        if ("zh".equals(language)) {
            boolean traditional = "Hant".equalsIgnoreCase(locale.getScript())
                    || (locale.getScript().isEmpty() && TRADITIONAL_CHINESE_REGIONS.contains(locale.getCountry()));
            return traditional ? ZH_TW : ZH_CN;
        }
        for (Language candidate : values()) {
            if (candidate.locale.getLanguage().equals(language) && candidate != ZH_CN && candidate != ZH_TW) {
                return candidate;
            }
        }
        return EN;
    }
}
