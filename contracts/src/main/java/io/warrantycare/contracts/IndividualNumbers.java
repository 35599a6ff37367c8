package io.warrantycare.contracts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The NI as printed (spaces, hyphens, any case) and its canonical form: upper case, 6 to 24 of [A-Z0-9] (API.md, CC-11). */
public final class IndividualNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");
    private static final Pattern CANONICAL = Pattern.compile("[A-Z0-9]{6,24}");

    /** The canonical NI, or empty when the input cannot be one. */
    public static Optional<String> canonical(String printed) {
        if (printed == null || printed.length() > 64) {
            return Optional.empty();
        }
        String candidate = SEPARATORS.matcher(printed).replaceAll("").toUpperCase(Locale.ROOT);
        return CANONICAL.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    private IndividualNumbers() {
    }
}
