package io.warrantycare.crm;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One customer per address: the key is the address trimmed and lower-cased, so that "Ana@Example.com " and
 * "ana@example.com" are the same customer.
 */
public final class EmailAddresses {

    static final int MAX_LENGTH = 254;
    private static final Pattern PLAUSIBLE = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@.]+");

    /** The normalised key, or empty when the text cannot be an e-mail address. */
    public static Optional<String> normalise(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String key = address.trim().toLowerCase(Locale.ROOT);
        if (key.isEmpty() || key.length() > MAX_LENGTH || !PLAUSIBLE.matcher(key).matches()) {
            return Optional.empty();
        }
        return Optional.of(key);
    }

    private EmailAddresses() {
    }
}
