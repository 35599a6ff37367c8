package io.warrantycare.registration;

import io.warrantycare.contracts.CustomerDetails;
import io.warrantycare.contracts.IndividualNumbers;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a {@link RegistrationForm} field by field and turns it into a {@link NewRegistration}. */
public final class RegistrationFormValidator {

    static final String REQUIRED = "REQUIRED";
    static final String INVALID_FORMAT = "INVALID_FORMAT";
    static final String INVALID_VALUE = "INVALID_VALUE";
    static final String TOO_LONG = "TOO_LONG";
    static final String PROOF_REQUIRED = "PROOF_REQUIRED";
    static final String ONE_PROOF_ONLY = "ONE_PROOF_ONLY";

    private static final int NAME_MAX = 100;
    private static final int EMAIL_MAX = 254;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern EMAIL_LOCAL = Pattern.compile("[^\\s@\"(),:;<>\\[\\]\\\\]{1,64}");
    private static final Pattern EMAIL_DOMAIN = Pattern.compile(
            "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{4,23}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}");
    private static final Pattern NOTICE_VERSION = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final Pattern CARD_TOKEN = Pattern.compile("[0-9]{1,6}\\.[A-Za-z0-9_-]{1,60}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private RegistrationFormValidator() {
    }

    /** The normalised registration, or an {@link InvalidRequestException} listing every field problem. */
    public static NewRegistration validate(RegistrationForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String ni = ni(form.ni(), problems);
        Ownership ownership = ownership(form.ownership(), problems);
        String cardToken = blankToNull(form.cardToken());
        LocalDate purchaseDate = purchaseDate(form.purchaseDate(), problems);
        if (cardToken != null && !CARD_TOKEN.matcher(cardToken).matches()) {
            problems.add(new FieldProblem("cardToken", INVALID_FORMAT, "This is not a card token"));
        }
        boolean dateGiven = blankToNull(form.purchaseDate()) != null;
        if (cardToken == null && !dateGiven) {
            problems.add(new FieldProblem("purchaseDate", PROOF_REQUIRED,
                    "Give the card token of the QR code or the purchase date written on the card"));
        } else if (cardToken != null && dateGiven) {
            problems.add(new FieldProblem("purchaseDate", ONE_PROOF_ONLY,
                    "Give either the card token or the purchase date, not both"));
        }
        CustomerDetails customer = customer(form.customer(), problems);
        Boolean marketing = null;
        String noticeVersion = null;
        if (form.consents() == null) {
            problems.add(new FieldProblem("consents", REQUIRED, "The consents are required"));
        } else {
            marketing = form.consents().marketing();
            if (marketing == null) {
                problems.add(new FieldProblem("consents.marketing", REQUIRED, "Say whether you accept marketing communications"));
            }
            noticeVersion = blankToNull(form.consents().privacyNoticeVersion());
            if (noticeVersion == null) {
                problems.add(new FieldProblem("consents.privacyNoticeVersion", REQUIRED, "The privacy notice version is required"));
            } else if (!NOTICE_VERSION.matcher(noticeVersion).matches()) {
                problems.add(new FieldProblem("consents.privacyNoticeVersion", INVALID_FORMAT, "This is not a privacy notice version"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new NewRegistration(ni, cardToken, purchaseDate, ownership, customer, marketing, noticeVersion);
    }

    /** The canonical NI of a query or path value, or an {@link InvalidRequestException}. */
    public static String canonicalNi(String printed) {
        List<FieldProblem> problems = new ArrayList<>();
        String ni = ni(printed, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return ni;
    }

    private static String ni(String printed, List<FieldProblem> problems) {
        if (blankToNull(printed) == null) {
            problems.add(new FieldProblem("ni", REQUIRED, "The individual number (NI) is required"));
            return null;
        }
        return IndividualNumbers.canonical(printed.strip()).orElseGet(() -> {
            problems.add(new FieldProblem("ni", INVALID_FORMAT,
                    "The individual number has 6 to 24 letters and digits, as engraved on the caseback"));
            return null;
        });
    }

    private static Ownership ownership(String value, List<FieldProblem> problems) {
        if (blankToNull(value) == null) {
            problems.add(new FieldProblem("ownership", REQUIRED, "Say whether you are the buyer, a gift recipient or a later owner"));
            return null;
        }
        for (Ownership candidate : Ownership.values()) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        problems.add(new FieldProblem("ownership", INVALID_VALUE, "Ownership is BUYER, GIFT_RECIPIENT or SUBSEQUENT_OWNER"));
        return null;
    }

    private static LocalDate purchaseDate(String value, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            problems.add(new FieldProblem("purchaseDate", INVALID_FORMAT, "The purchase date is written yyyy-MM-dd"));
            return null;
        }
    }

    private static CustomerDetails customer(RegistrationForm.Customer customer, List<FieldProblem> problems) {
        if (customer == null) {
            problems.add(new FieldProblem("customer", REQUIRED, "The customer's details are required"));
            return null;
        }
        String givenName = name("customer.givenName", customer.givenName(), problems);
        String familyName = name("customer.familyName", customer.familyName(), problems);
        String email = email(customer.email(), problems);
        String phone = phone(customer.phone(), problems);
        String country = country(customer.country(), problems);
        String language = language(customer.language(), problems);
        return new CustomerDetails(givenName, familyName, email, phone, country, language);
    }

    private static String name(String field, String value, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            problems.add(new FieldProblem(field, REQUIRED, "This name is required"));
        } else if (text.length() > NAME_MAX) {
            problems.add(new FieldProblem(field, TOO_LONG, "At most " + NAME_MAX + " characters"));
        } else if (CONTROL.matcher(text).find()) {
            problems.add(new FieldProblem(field, INVALID_FORMAT, "This name contains characters that cannot be printed"));
        }
        return text;
    }

    private static String email(String value, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            problems.add(new FieldProblem("customer.email", REQUIRED, "The e-mail address is required"));
            return null;
        }
        if (text.length() > EMAIL_MAX) {
            problems.add(new FieldProblem("customer.email", TOO_LONG, "At most " + EMAIL_MAX + " characters"));
            return null;
        }
        int at = text.lastIndexOf('@');
        boolean valid = at > 0 && at < text.length() - 1;
        if (valid) {
            String local = text.substring(0, at);
            valid = EMAIL_LOCAL.matcher(local).matches() && !local.startsWith(".") && !local.endsWith(".")
                    && !local.contains("..") && EMAIL_DOMAIN.matcher(text.substring(at + 1)).matches();
        }
        if (!valid) {
            problems.add(new FieldProblem("customer.email", INVALID_FORMAT, "This is not an e-mail address"));
        }
        return text;
    }

    private static String phone(String value, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        long digits = text.chars().filter(Character::isDigit).count();
        if (!PHONE.matcher(text).matches() || digits < 5 || digits > 15) {
            problems.add(new FieldProblem("customer.phone", INVALID_FORMAT, "This is not a phone number"));
        }
        return text;
    }

    private static String country(String value, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            problems.add(new FieldProblem("customer.country", REQUIRED, "The country is required"));
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            problems.add(new FieldProblem("customer.country", INVALID_VALUE, "The country is an ISO 3166 alpha-2 code, e.g. FR"));
        }
        return code;
    }

    private static String language(String value, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            problems.add(new FieldProblem("customer.language", REQUIRED, "The language is required"));
            return null;
        }
        String tag = text.replace('_', '-');
        if (!LANGUAGE.matcher(tag).matches()) {
            problems.add(new FieldProblem("customer.language", INVALID_FORMAT, "The language is a language tag, e.g. es or zh-Hant"));
            return null;
        }
        String normalised = Locale.forLanguageTag(tag).toLanguageTag();
        if ("und".equals(normalised)) {
            problems.add(new FieldProblem("customer.language", INVALID_FORMAT, "The language is a language tag, e.g. es or zh-Hant"));
            return null;
        }
        return normalised;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
