package io.warrantycare.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Brand codes as the customer reads them: configured names first (CARTIER → Cartier), else the code title-cased. */
final class BrandNames {

    private final Map<String, String> configured;
    private final String fallback;

    BrandNames(Map<String, String> configured, String fallback) {
        this.configured = configured.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(entry -> entry.getKey().toUpperCase(Locale.ROOT), Map.Entry::getValue));
        this.fallback = fallback;
    }

    String display(String code) {
        if (code == null || code.isBlank()) {
            return fallback;
        }
        String name = configured.get(code.trim().toUpperCase(Locale.ROOT));
        if (name != null) {
            return name;
        }
        return Arrays.stream(code.trim().split("[_\\s]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }
}
