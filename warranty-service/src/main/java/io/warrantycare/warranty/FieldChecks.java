package io.warrantycare.warranty;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Collects the field problems of one request while reading its text values. */
final class FieldChecks {

    static final int MAX_TEXT = 120;
    private static final DateTimeFormatter ISO_STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,60}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }

    List<FieldProblem> problems() {
        return problems;
    }

    boolean failed() {
        return !problems.isEmpty();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Trimmed free text, null when blank. */
    String text(String field, String value) {
        if (blank(value)) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_TEXT) {
            add(field, "TOO_LONG", "at most " + MAX_TEXT + " characters");
            return null;
        }
        return trimmed;
    }

    /** An upper-case code such as a category, a line or a movement, null when blank. */
    String code(String field, String value) {
        if (blank(value)) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!CODE.matcher(code).matches()) {
            add(field, "INVALID_VALUE", "must be a code of letters, digits and underscores");
            return null;
        }
        return code;
    }

    /** One of the allowed values, null when blank. */
    String oneOf(String field, String value, Set<String> allowed) {
        if (blank(value)) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!allowed.contains(code)) {
            add(field, "INVALID_VALUE", "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
            return null;
        }
        return code;
    }

    String country(String field, String value) {
        if (blank(value)) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            add(field, "INVALID_COUNTRY", "must be an ISO 3166-1 alpha-2 code");
            return null;
        }
        return code;
    }

    /** A calendar date written yyyy-MM-dd; impossible dates such as 2026-02-30 are problems. */
    LocalDate date(String field, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), ISO_STRICT);
        } catch (DateTimeParseException invalid) {
            add(field, "INVALID_DATE", "must be an existing calendar date written yyyy-MM-dd");
            return null;
        }
    }

    LocalDate pastOrToday(String field, String value, LocalDate today) {
        LocalDate date = date(field, value);
        if (date != null && date.isAfter(today)) {
            add(field, "DATE_IN_FUTURE", "must not be after " + today);
            return null;
        }
        return date;
    }
}
