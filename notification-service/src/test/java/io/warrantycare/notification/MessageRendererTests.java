package io.warrantycare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.WithdrawalConfirmationRequested;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageRendererTests {

    private static final LocalDate COVERAGE_END = LocalDate.of(2034, 11, 1);

    private final MessageRenderer renderer = new MessageRenderer(Templates.load(),
            new BrandNames(Map.of("CARTIER", "Cartier"), "Warranty Care"));

    private static Delivery delivery(String status, String outcome, String reason, String language, String givenName,
            LocalDate coverageEnd) {
        RegistrationCompleted event = new RegistrationCompleted("E1", Instant.now(), "C1", "R1", "123456AB", "CARTIER",
                status, outcome, reason, coverageEnd, "CUST1", "ana@example.com", givenName, language);
        return Delivery.pending(event, MessageKind.of(event), "C1", Instant.now(), Instant.now());
    }

    @Test
    void writesTheActivationInSpanishWithTheCoverageEndAsSpanishWritesDates() {
        RenderedMessage message = renderer.render(delivery("COMPLETED", "EXTENSION_ACTIVATED", null, "es", "Ana", COVERAGE_END));

        assertThat(message.subject()).isEqualTo("Cartier: la extensión de su garantía está activa");
        assertThat(message.text()).startsWith("Hola, Ana:")
                .contains("Gracias por registrar su reloj Cartier, número individual 123456AB.")
                .contains("Su reloj está cubierto hasta el 1 de noviembre de 2034.")
                .contains("El servicio de atención al cliente de Cartier");
        assertThat(message.html()).contains("<html lang=\"es\" dir=\"ltr\">")
                .contains("<strong>Su reloj está cubierto hasta el 1 de noviembre de 2034.</strong>");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "en, 'November 1, 2034'",
            "fr, 1 novembre 2034",
            "de, 1. November 2034",
            "zh-CN, 2034年11月1日",
            "ja, 2034年11月1日",
            "ko, 2034년 11월 1일",
            "tr, 1 Kasım 2034",
            "ru, 1 ноября 2034 г. включительно",
            "th, 1 พฤศจิกายน 2577"})
    void formatsTheCoverageEndForTheLanguage(String language, String expected) {
        assertThat(renderer.render(delivery("COMPLETED", "EXTENSION_ACTIVATED", null, language, "Ana", COVERAGE_END)).text())
                .contains(expected);
    }

    @Test
    void writesArabicRightToLeft() {
        RenderedMessage message = renderer.render(delivery("COMPLETED", "EXTENSION_ACTIVATED", null, "ar-SA", "Ana", COVERAGE_END));

        assertThat(message.language()).isEqualTo(Language.AR);
        assertThat(message.html()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("<body dir=\"rtl\"")
                .contains("text-align: right");
    }

    @Test
    void tellsALaterOwnerThatCoverageIsUnchanged() {
        RenderedMessage message = renderer.render(delivery("COMPLETED", "ALREADY_EXTENDED", null, "en", "Ana", COVERAGE_END));

        assertThat(message.text()).contains("had already been extended, and we have recorded you as its owner")
                .contains("The coverage does not change: your watch remains covered until November 1, 2034.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "MARKETING_CONSENT_REQUIRED, consent to receive communications from Cartier",
            "NOT_ELIGIBLE_PRODUCT, not part of the warranty extension program",
            "REGISTRATION_WINDOW_CLOSED, while the original warranty is still running",
            "UNKNOWN_PRODUCT, could not find a declared sale",
            "PROOF_OF_POSSESSION_FAILED, do not match the warranty card",
            "SALE_VOIDED, sale of this watch has been cancelled",
            "SOMETHING_NEW, Your registration could not be accepted."})
    void explainsEachRejectionReasonAndWhatToDo(String reason, String explanation) {
        RenderedMessage message = renderer.render(delivery("REJECTED", null, reason, "en", "Ana", null));

        assertThat(message.subject()).isEqualTo("Cartier: we could not complete your registration");
        assertThat(message.text()).contains(explanation).contains("What you can do:");
    }

    @Test
    void escapesValuesInTheHtmlPartOnly() {
        RenderedMessage message = renderer.render(delivery("COMPLETED", "EXTENSION_ACTIVATED", null, "en",
                "<script>alert('x')</script> & Co", COVERAGE_END));

        assertThat(message.html()).doesNotContain("<script>")
                .contains("Dear &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co,");
        assertThat(message.text()).contains("Dear <script>alert('x')</script> & Co,");
    }

    @Test
    void greetsWithoutANameAndLeavesOutAnUnknownCoverageEnd() {
        RenderedMessage message = renderer.render(delivery("COMPLETED", "EXTENSION_ACTIVATED", null, "de", null, null));

        assertThat(message.text()).startsWith("Sehr geehrte Kundin, sehr geehrter Kunde,").doesNotContain("{")
                .doesNotContain("abgedeckt");
    }

    @Test
    void rendersEveryKindInEveryLanguageWithoutLeftoverPlaceholders() {
        for (Language language : Language.values()) {
            for (Delivery delivery : new Delivery[] {
                    delivery("COMPLETED", "EXTENSION_ACTIVATED", null, language.tag(), "Ana", COVERAGE_END),
                    delivery("COMPLETED", "ALREADY_EXTENDED", null, language.tag(), "Ana", COVERAGE_END),
                    delivery("REJECTED", null, "UNKNOWN_PRODUCT", language.tag(), "Ana", null)}) {
                RenderedMessage message = renderer.render(delivery);
                assertThat(message.language()).isEqualTo(language);
                assertThat(message.subject() + message.text() + message.html()).doesNotContain("{").contains("123456AB");
                assertThat(message.text()).as("double full stop in %s", language.tag()).doesNotContain("..");
            }
        }
    }

    @Test
    void titleCasesABrandWithoutAConfiguredName() {
        assertThat(new BrandNames(Map.of(), "Warranty Care").display("VAN_CLEEF")).isEqualTo("Van Cleef");
        assertThat(new BrandNames(Map.of("cartier", "Cartier"), "Warranty Care").display("CARTIER")).isEqualTo("Cartier");
        assertThat(new BrandNames(Map.of(), "Warranty Care").display(null)).isEqualTo("Warranty Care");
    }

    private static Delivery withdrawalConfirmation(String language) {
        WithdrawalConfirmationRequested event = new WithdrawalConfirmationRequested("E2", Instant.now(), "C2", "REQ-1",
                "ana@example.com", language, "MARKETING");
        return Delivery.withdrawalConfirmation(event, "C2", Instant.now(), Instant.now());
    }

    @Test
    void confirmsAWithdrawalNeutrallyWithoutAWatchOrAName() {
        RenderedMessage message = renderer.render(withdrawalConfirmation(null));

        assertThat(message.language()).isEqualTo(Language.EN);
        assertThat(message.subject()).isEqualTo("Warranty Care: we have received your request to stop marketing messages");
        assertThat(message.text()).startsWith("Hello,\n\n")
                .contains("If this address is in our records, you will no longer receive them.")
                .contains("Nothing else changes: your warranty extensions remain in force.")
                .contains("This is an automatic message; please do not reply to it.")
                .doesNotContain("customer,").doesNotContain("individual number");
        assertThat(message.html()).contains("<strong>Nothing else changes: your warranty extensions remain in force.</strong>");
    }

    @Test
    void confirmsAWithdrawalInTheRequestedLanguage() {
        RenderedMessage message = renderer.render(withdrawalConfirmation("zh-Hant"));

        assertThat(message.language()).isEqualTo(Language.ZH_TW);
        assertThat(message.subject()).isEqualTo("Warranty Care：我們已收到您停止接收行銷訊息的請求");
        assertThat(message.text()).contains("您的延長保固依然有效");
    }

    @Test
    void rendersTheWithdrawalConfirmationInEveryLanguageWithoutLeftoverPlaceholders() {
        for (Language language : Language.values()) {
            RenderedMessage message = renderer.render(withdrawalConfirmation(language.tag()));
            assertThat(message.language()).isEqualTo(language);
            assertThat(message.subject() + message.text() + message.html()).doesNotContain("{").contains("Warranty Care");
            assertThat(message.text()).as("double full stop in %s", language.tag()).doesNotContain("..");
        }
    }
}
