package io.warrantycare.notification;

import java.util.regex.Pattern;

/** Keeps e-mail addresses out of what support sees and out of stored error texts. */
public final class Emails {

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

    /** "ana.garcia@example.com" → "a***@e***.com": enough to tell two addresses apart on the phone, no more. */
    public static String mask(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return "***";
        }
        String domain = email.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String domainMasked = dot > 0 ? domain.charAt(0) + "***" + domain.substring(dot) : domain.charAt(0) + "***";
        return email.charAt(0) + "***@" + domainMasked;
    }

    /** Replaces anything that looks like an address (SMTP servers echo recipients in their errors). */
    public static String redact(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll("<address>");
    }

    private Emails() {
    }
}
