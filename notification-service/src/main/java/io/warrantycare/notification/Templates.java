package io.warrantycare.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message texts, one UTF-8 properties file per language under {@code templates/}, with {@code {name}}
 * placeholders. English is the reference: a key missing in another language falls back to it (and a unit test fails).
 */
final class Templates {

    static final String LOCATION = "templates/%s.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<Language, Map<String, String>> texts;

    private Templates(Map<Language, Map<String, String>> texts) {
        this.texts = texts;
    }

    static Templates load() {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, read(String.format(LOCATION, language.tag())));
        }
        return new Templates(texts);
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message templates " + resource);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> entries = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> entries.put(key, properties.getProperty(key).strip()));
            return Map.copyOf(entries);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    Map<String, String> entries(Language language) {
        return texts.get(language);
    }

    String text(Language language, String key) {
        String text = texts.get(language).get(key);
        if (text == null || text.isBlank()) {
            text = texts.get(Language.EN).get(key);
        }
        if (text == null) {
            throw new IllegalArgumentException("No template text " + key);
        }
        return text;
    }

    boolean has(String key) {
        return texts.get(Language.EN).containsKey(key);
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Replaces each known placeholder by its value; {@code escape} is applied to the template text around them. */
    static String fill(String template, Map<String, String> values, Function<String, String> escape) {
        StringBuilder out = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(template);
        int last = 0;
        while (matcher.find()) {
            out.append(escape.apply(template.substring(last, matcher.start())));
            String value = values.get(matcher.group(1));
            out.append(value == null ? escape.apply(matcher.group()) : value);
            last = matcher.end();
        }
        out.append(escape.apply(template.substring(last)));
        return out.toString();
    }
}
