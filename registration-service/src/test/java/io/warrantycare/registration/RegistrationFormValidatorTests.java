package io.warrantycare.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegistrationFormValidatorTests {

    private static final RegistrationForm VALID = new RegistrationForm("1234 56ab", null, "2026-11-01", "BUYER",
            new RegistrationForm.Customer("Ana", "García", "ana@example.com", "+34600000000", "es", "es"),
            new RegistrationForm.Consents(true, "2026-01"));

    @Test
    void normalisesTheNiAsPrintedTheCountryAndTheLanguage() {
        NewRegistration registration = RegistrationFormValidator.validate(withNiAndLanguage("ab-12 cd 34", "zh-hant-tw"));

        assertThat(registration.ni()).isEqualTo("AB12CD34");
        assertThat(registration.customer().country()).isEqualTo("ES");
        assertThat(registration.customer().language()).isEqualTo("zh-Hant-TW");
        assertThat(registration.purchaseDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(registration.ownership()).isEqualTo(Ownership.BUYER);
        assertThat(registration.marketingConsent()).isTrue();
    }

    @Test
    void acceptsACardTokenInsteadOfAPurchaseDate() {
        NewRegistration registration = RegistrationFormValidator.validate(new RegistrationForm("123456AB", "1.abcDEF_-09",
                null, "GIFT_RECIPIENT", VALID.customer(), VALID.consents()));

        assertThat(registration.cardToken()).isEqualTo("1.abcDEF_-09");
        assertThat(registration.purchaseDate()).isNull();
    }

    @Test
    void acceptsAMissingPhoneAndInternationalNamesAndDomains() {
        NewRegistration registration = RegistrationFormValidator.validate(with(form -> new RegistrationForm(form.ni(),
                form.cardToken(), form.purchaseDate(), form.ownership(),
                new RegistrationForm.Customer("李", "O'Brien-Łukasz", "li.wei@例子.中国", null, "cn", "zh"), form.consents())));

        assertThat(registration.customer().phone()).isNull();
        assertThat(registration.customer().email()).isEqualTo("li.wei@例子.中国");
    }

    static Stream<Arguments> invalidForms() {
        return Stream.of(
                Arguments.of("missing NI", (UnaryOperator<RegistrationForm>) f -> ni(f, null), "ni", "REQUIRED"),
                Arguments.of("NI too short (CC-11)", (UnaryOperator<RegistrationForm>) f -> ni(f, "12-3"), "ni", "INVALID_FORMAT"),
                Arguments.of("NI with punctuation", (UnaryOperator<RegistrationForm>) f -> ni(f, "1234.56AB"), "ni", "INVALID_FORMAT"),
                Arguments.of("unknown ownership (CC-8)", (UnaryOperator<RegistrationForm>) f -> new RegistrationForm(f.ni(),
                        f.cardToken(), f.purchaseDate(), "OWNER", f.customer(), f.consents()), "ownership", "INVALID_VALUE"),
                Arguments.of("no proof of possession", (UnaryOperator<RegistrationForm>) f -> new RegistrationForm(f.ni(),
                        null, " ", f.ownership(), f.customer(), f.consents()), "purchaseDate", "PROOF_REQUIRED"),
                Arguments.of("two proofs", (UnaryOperator<RegistrationForm>) f -> new RegistrationForm(f.ni(),
                        "1.abc", f.purchaseDate(), f.ownership(), f.customer(), f.consents()), "purchaseDate", "ONE_PROOF_ONLY"),
                Arguments.of("date not ISO", (UnaryOperator<RegistrationForm>) f -> new RegistrationForm(f.ni(),
                        null, "01/11/2026", f.ownership(), f.customer(), f.consents()), "purchaseDate", "INVALID_FORMAT"),
                Arguments.of("token not a token", (UnaryOperator<RegistrationForm>) f -> new RegistrationForm(f.ni(),
                        "<script>", null, f.ownership(), f.customer(), f.consents()), "cardToken", "INVALID_FORMAT"),
                Arguments.of("missing customer (CC-11)", (UnaryOperator<RegistrationForm>) f -> new RegistrationForm(f.ni(),
                        f.cardToken(), f.purchaseDate(), f.ownership(), null, f.consents()), "customer", "REQUIRED"),
                Arguments.of("blank given name", (UnaryOperator<RegistrationForm>) f -> customer(f, " ", "García", "a@b.es", null, "ES", "es"),
                        "customer.givenName", "REQUIRED"),
                Arguments.of("family name too long", (UnaryOperator<RegistrationForm>) f -> customer(f, "Ana", "x".repeat(101), "a@b.es", null, "ES", "es"),
                        "customer.familyName", "TOO_LONG"),
                Arguments.of("name with control characters", (UnaryOperator<RegistrationForm>) f -> customer(f, "An\u0000a", "García", "a@b.es", null, "ES", "es"),
                        "customer.givenName", "INVALID_FORMAT"),
                Arguments.of("e-mail without domain", (UnaryOperator<RegistrationForm>) f -> customer(f, "Ana", "García", "ana@", null, "ES", "es"),
                        "customer.email", "INVALID_FORMAT"),
                Arguments.of("e-mail without dot in domain", (UnaryOperator<RegistrationForm>) f -> customer(f, "Ana", "García", "ana@localhost", null, "ES", "es"),
                        "customer.email", "INVALID_FORMAT"),
                Arguments.of("e-mail with spaces", (UnaryOperator<RegistrationForm>) f -> customer(f, "Ana", "García", "ana maria@example.com", null, "ES", "es"),
                        "customer.email", "INVALID_FORMAT"),
                Arguments.of("e-mail with double dot", (UnaryOperator<RegistrationForm>) f -> customer(f, "Ana", "García", "ana..m@example.com", null, "ES", "es"),
                        "customer.email", "INVALID_FORMAT"),
                Arguments.of("phone with letters", (UnaryOperator<RegistrationForm>) f -> customer(f, "Ana", "García", "a@b.es", "call me", "ES", "es"),
                        "customer.phone", "INVALID_FORMAT"),
                Arguments.of("country not ISO alpha-2", (UnaryOperator<RegistrationForm>) f -> customer(f, "Ana", "García", "a@b.es", null, "XX", "es"),
                        "customer.country", "INVALID_VALUE"),
                Arguments.of("country as a name", (UnaryOperator<RegistrationForm>) f -> customer(f, "Ana", "García", "a@b.es", null, "Spain", "es"),
                        "customer.country", "INVALID_VALUE"),
                Arguments.of("language not a tag", (UnaryOperator<RegistrationForm>) f -> customer(f, "Ana", "García", "a@b.es", null, "ES", "español!"),
                        "customer.language", "INVALID_FORMAT"),
                Arguments.of("missing language", (UnaryOperator<RegistrationForm>) f -> customer(f, "Ana", "García", "a@b.es", null, "ES", null),
                        "customer.language", "REQUIRED"),
                Arguments.of("missing consents", (UnaryOperator<RegistrationForm>) f -> new RegistrationForm(f.ni(),
                        f.cardToken(), f.purchaseDate(), f.ownership(), f.customer(), null), "consents", "REQUIRED"),
                Arguments.of("marketing answer missing (CC-12)", (UnaryOperator<RegistrationForm>) f -> new RegistrationForm(f.ni(),
                        f.cardToken(), f.purchaseDate(), f.ownership(), f.customer(), new RegistrationForm.Consents(null, "2026-01")),
                        "consents.marketing", "REQUIRED"),
                Arguments.of("privacy notice version missing", (UnaryOperator<RegistrationForm>) f -> new RegistrationForm(f.ni(),
                        f.cardToken(), f.purchaseDate(), f.ownership(), f.customer(), new RegistrationForm.Consents(false, "")),
                        "consents.privacyNoticeVersion", "REQUIRED"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidForms")
    void rejectsInvalidField(String description, UnaryOperator<RegistrationForm> change, String field, String code) {
        assertThatThrownBy(() -> RegistrationFormValidator.validate(with(change)))
                .isInstanceOfSatisfying(InvalidRequestException.class, invalid ->
                        assertThat(invalid.problems()).contains(problem(invalid, field, code)));
    }

    @Test
    void listsEveryProblemAtOnce() {
        assertThatThrownBy(() -> RegistrationFormValidator.validate(new RegistrationForm(null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, invalid ->
                        assertThat(invalid.problems()).extracting(FieldProblem::field)
                                .containsExactlyInAnyOrder("ni", "ownership", "purchaseDate", "customer", "consents"));
    }

    private static FieldProblem problem(InvalidRequestException invalid, String field, String code) {
        return invalid.problems().stream().filter(p -> p.field().equals(field) && p.code().equals(code)).findFirst()
                .orElse(new FieldProblem(field, code, "expected but missing in " + invalid.problems()));
    }

    private static RegistrationForm with(UnaryOperator<RegistrationForm> change) {
        return change.apply(VALID);
    }

    private static RegistrationForm withNiAndLanguage(String ni, String language) {
        return new RegistrationForm(ni, null, VALID.purchaseDate(), VALID.ownership(),
                new RegistrationForm.Customer("Ana", "García", "ana@example.com", null, "es", language), VALID.consents());
    }

    private static RegistrationForm ni(RegistrationForm form, String ni) {
        return new RegistrationForm(ni, form.cardToken(), form.purchaseDate(), form.ownership(), form.customer(), form.consents());
    }

    private static RegistrationForm customer(RegistrationForm form, String given, String family, String email, String phone,
            String country, String language) {
        return new RegistrationForm(form.ni(), form.cardToken(), form.purchaseDate(), form.ownership(),
                new RegistrationForm.Customer(given, family, email, phone, country, language), form.consents());
    }
}
