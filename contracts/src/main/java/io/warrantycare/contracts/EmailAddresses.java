package io.warrantycare.contracts;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one e-mail rule of the platform: what counts as an address (a local part without spaces or quoting, a domain
 * of at least two labels, letters of any script allowed), and its key, trimmed and lower-cased, so that
 * "Ana@Example.com " and "ana@example.com" are the same customer.
 */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;

    private static final Pattern LOCAL = Pattern.compile("[^\\s@\"(),:;<>\\[\\]\\\\]{1,64}");
    private static final Pattern DOMAIN = Pattern.compile(
            "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+");

    /** Whether the text, trimmed, is an address. */
    public static boolean isValid(String address) {
        return normalise(address).isPresent();
    }

    /** The normalised key, or empty when the text cannot be an e-mail address. */
    public static Optional<String> normalise(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String key = address.trim().toLowerCase(Locale.ROOT);
        int at = key.lastIndexOf('@');
        if (key.isEmpty() || key.length() > MAX_LENGTH || at <= 0 || at == key.length() - 1) {
            return Optional.empty();
        }
        String local = key.substring(0, at);
        boolean valid = LOCAL.matcher(local).matches() && !local.startsWith(".") && !local.endsWith(".")
                && !local.contains("..") && DOMAIN.matcher(key.substring(at + 1)).matches();
        return valid ? Optional.of(key) : Optional.empty();
    }

    private EmailAddresses() {
    }
}
