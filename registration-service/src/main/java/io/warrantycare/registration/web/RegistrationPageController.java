package io.warrantycare.registration.web;

import io.warrantycare.contracts.IndividualNumbers;
import io.warrantycare.registration.RegistrationProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public registration page (CC-16): reached by direct URL ({@code /}) or from the card's QR code
 * ({@code /r/{ni}?t=token}), which pre-fills the NI and keeps the token in a hidden field. The page's script calls the
 * pre-fill API, posts the registration and polls its status.
 */
@RestController
class RegistrationPageController {

    private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final int MAX_ECHOED_CHARACTERS = 128;
    /** The token travels in the URL, so no referrer leaves the page; scripts and styles come from this origin only. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private final String template;
    private final String privacyNoticeVersion;

    RegistrationPageController(RegistrationProperties properties) {
        this.template = read("templates/registration.html");
        this.privacyNoticeVersion = properties.privacyNoticeVersion();
    }

    @GetMapping("/")
    ResponseEntity<String> start() {
        return page("", "");
    }

    @GetMapping("/r/{ni}")
    ResponseEntity<String> fromCard(@PathVariable String ni, @RequestParam(name = "t", required = false) String cardToken) {
        String printed = IndividualNumbers.canonical(ni).orElse(ni);
        return page(printed, cardToken == null ? "" : cardToken);
    }

    private ResponseEntity<String> page(String ni, String cardToken) {
        String html = template
                .replace("{{ni}}", escape(ni))
                .replace("{{cardToken}}", escape(cardToken))
                .replace("{{privacyNoticeVersion}}", escape(privacyNoticeVersion));
        return ResponseEntity.ok()
                .contentType(HTML_UTF8)
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .body(html);
    }

    private static String escape(String value) {
        String bounded = value.length() > MAX_ECHOED_CHARACTERS ? value.substring(0, MAX_ECHOED_CHARACTERS) : value;
        return HtmlUtils.htmlEscape(bounded, StandardCharsets.UTF_8.name());
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException missing) {
            throw new UncheckedIOException("The page template " + path + " is missing", missing);
        }
    }
}
