package io.warrantycare.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole product as a partner and an owner see it: the stack started by {@code ./dev up} (its own ports and data
 * directory), every call through the gateway, following API.md. The tests run in order and share one watch.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullStackIntegrationTests {

    private static final Duration SAGA_TIMEOUT = Duration.ofSeconds(90);
    private static final String PROBLEM_JSON = "application/problem+json";

    static DevStack stack;
    static HttpClient http;
    static String salesToken;
    static final LocalDate PURCHASE = LocalDate.now(ZoneOffset.UTC).minusDays(30);
    static final String NI = randomNi();
    static final String OWNER_EMAIL = "owner-" + NI.toLowerCase() + "@example.com";
    /** Steps that build on an earlier one skip, instead of waiting out their timeouts, when that one failed. */
    static boolean saleDeclared;
    static boolean warrantyExtended;

    @BeforeAll
    static void startTheStack() throws Exception {
        if (!DevStack.missingServiceJars().isEmpty()) {
            return;
        }
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        stack = new DevStack(DevStack.newDataDir("full"));
        stack.up();
        salesToken = stack.run("token", "SALES", "dealerId=BTQ-PARIS-PAIX").trim();
    }

    /** Only a build of deploy alone (-pl deploy) lacks the service jars; the whole build packages them first. */
    @BeforeEach
    void requireTheServiceJars() {
        List<Path> missing = DevStack.missingServiceJars();
        assumeTrue(missing.isEmpty(), () -> "Full-stack test skipped: the service jars are not built (missing "
                + missing + "); it runs in the whole build (./mvnw verify), which packages them before deploy.");
    }

    @AfterAll
    static void stopTheStack() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void declaresASaleOnceAndAnswersAnIdenticalRepeatAndAConflict() throws Exception {
        Reply created = post("/api/sales", salesToken, sale(printed(NI), "WSSA0018", PURCHASE));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        saleDeclared = true;
        assertThat(created.json()).containsEntry("ni", NI).containsEntry("brand", "CARTIER")
                .containsEntry("purchaseDate", PURCHASE.toString());
        assertThat(object(created.json(), "warranty")).containsEntry("status", "BASE");

        Reply repeated = post("/api/sales", salesToken, sale(printed(NI), "WSSA0018", PURCHASE));
        assertThat(repeated.status()).as(repeated.toString()).isEqualTo(200);
        assertThat(repeated.json()).isEqualTo(created.json());

        Reply conflicting = post("/api/sales", salesToken, sale(NI, "WSSA0029", PURCHASE));
        assertProblem(conflicting, 409, "NI_ALREADY_DECLARED");
    }

    @Test
    @Order(2)
    void rejectsMalformedDeclarationsWithProblemDetails() throws Exception {
        Reply future = post("/api/sales", salesToken, sale(randomNi(), "WSSA0018", LocalDate.now().plusDays(30)));
        assertProblem(future, 400, "VALIDATION_FAILED");
        assertThat(future.json().get("errors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .anySatisfy(error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo("purchaseDate"));

        Reply brokenJson = post("/api/sales", salesToken, "{\"ni\": \"1234");
        assertThat(brokenJson.status()).as(brokenJson.toString()).isEqualTo(400);
        assertThat(brokenJson.contentType()).startsWith(PROBLEM_JSON);
        assertThat(brokenJson.json().get("code")).as("a machine-readable code").isNotNull();
    }

    @Test
    @Order(3)
    void protectsPartnerRoutesWithATokenAndARole() throws Exception {
        String body = sale(randomNi(), "WSSA0018", PURCHASE);

        Reply anonymous = post("/api/sales", null, body);
        assertThat(anonymous.status()).as(anonymous.toString()).isEqualTo(401);

        Reply forged = post("/api/sales", salesToken.substring(0, salesToken.length() - 4) + "AAAA", body);
        assertThat(forged.status()).as(forged.toString()).isEqualTo(401);

        String centerToken = stack.run("token", "DISTRIBUTION_CENTER", "centerId=DC-EU", "region=EU").trim();
        Reply wrongRole = post("/api/sales", centerToken, body);
        assertThat(wrongRole.status()).as(wrongRole.toString()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void showsTheBaseWarrantyOfTheDeclaredWatchPublicly() throws Exception {
        requireEarlierStep(saleDeclared, "the sale declaration");
        Reply warranty = get("/api/warranties/" + NI);

        assertThat(warranty.status()).as(warranty.toString()).isEqualTo(200);
        assertThat(warranty.json()).containsEntry("ni", NI).containsEntry("status", "BASE")
                .containsEntry("baseWarrantyEnd", PURCHASE.plusYears(2).toString())
                .containsEntry("coverageEnd", PURCHASE.plusYears(2).toString());
        assertThat(object(warranty.json(), "extension")).containsEntry("eligible", true);

        assertProblem(get("/api/warranties/" + randomNi()), 404, "UNKNOWN_PRODUCT");
    }

    @Test
    @Order(5)
    void extendsTheWarrantyToEightYearsWhenTheBuyerRegistersWithMarketingConsent() throws Exception {
        requireEarlierStep(saleDeclared, "the sale declaration");
        Reply submitted = post("/api/registrations", null, registration(NI, "BUYER", OWNER_EMAIL, true));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        assertThat(submitted.json()).containsEntry("status", "PENDING");
        String id = (String) submitted.json().get("id");
        assertThat(submitted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/registrations/" + id));

        Map<String, Object> completed = awaitRegistration(id, "COMPLETED");
        assertThat(completed).containsEntry("ni", NI).containsEntry("outcome", "EXTENSION_ACTIVATED");
        assertThat(object(completed, "warranty")).containsEntry("status", "EXTENDED")
                .containsEntry("coverageEnd", PURCHASE.plusYears(8).toString());
        warrantyExtended = true;

        Reply warranty = get("/api/warranties/" + NI);
        assertThat(warranty.json()).containsEntry("status", "EXTENDED")
                .containsEntry("coverageEnd", PURCHASE.plusYears(8).toString());
        assertThat(object(warranty.json(), "extension").get("activatedAt")).isNotNull();
    }

    @Test
    @Order(6)
    void mailsTheOwnerThatTheExtensionIsActive() {
        requireEarlierStep(warrantyExtended, "the extension by registration");
        Session imap = Session.getInstance(new Properties());
        await().atMost(SAGA_TIMEOUT).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            try (Store store = imap.getStore("imap")) {
                store.connect("127.0.0.1", stack.imapPort, OWNER_EMAIL, "any");
                try (Folder inbox = store.getFolder("INBOX")) {
                    inbox.open(Folder.READ_ONLY);
                    assertThat(inbox.getMessageCount()).as("messages to the owner").isPositive();
                    assertThat(inbox.getMessage(1).getSubject()).isNotBlank();
                }
            }
        });
    }

    @Test
    @Order(7)
    void recordsALaterOwnerWithoutExtendingTheWatchAgain() throws Exception {
        requireEarlierStep(warrantyExtended, "the extension by registration");
        Reply submitted = post("/api/registrations", null,
                registration(NI, "SUBSEQUENT_OWNER", "second-" + OWNER_EMAIL, true));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);

        Map<String, Object> completed = awaitRegistration((String) submitted.json().get("id"), "COMPLETED");

        assertThat(completed).containsEntry("outcome", "ALREADY_EXTENDED");
        assertThat(object(completed, "warranty")).containsEntry("coverageEnd", PURCHASE.plusYears(8).toString());
    }

    @Test
    @Order(8)
    void rejectsARegistrationWithoutMarketingConsent() throws Exception {
        String otherNi = randomNi();
        Reply declared = post("/api/sales", salesToken, sale(otherNi, "WSSA0018", PURCHASE));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);

        Reply submitted = post("/api/registrations", null,
                registration(otherNi, "BUYER", "no-consent-" + OWNER_EMAIL, false));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);

        Map<String, Object> rejected = awaitRegistration((String) submitted.json().get("id"), "REJECTED");
        assertThat(rejected).containsEntry("reason", "MARKETING_CONSENT_REQUIRED");
        assertThat(get("/api/warranties/" + otherNi).json()).containsEntry("status", "BASE");
    }

    @Test
    @Order(9)
    void keepsDeclaredSalesAndExtensionsWhenTheStackRestartsOnTheSameData() throws Exception {
        requireEarlierStep(saleDeclared, "the sale declaration");
        stack.down();
        stack.up("--apps", "warranty-service,gateway");

        Reply warranty = get("/api/warranties/" + NI);
        assertThat(warranty.status()).as(warranty.toString()).isEqualTo(200);
        assertThat(warranty.json()).containsEntry("ni", NI);
        if (warrantyExtended) {
            assertThat(warranty.json()).containsEntry("status", "EXTENDED")
                    .containsEntry("coverageEnd", PURCHASE.plusYears(8).toString());
        }
    }

    private static void requireEarlierStep(boolean passed, String step) {
        assumeTrue(passed, () -> "Skipped: " + step + " failed above, and this step builds on it");
    }

    private static Map<String, Object> awaitRegistration(String id, String status) {
        return await().atMost(SAGA_TIMEOUT).pollInterval(Duration.ofMillis(1500))
                .until(() -> get("/api/registrations/" + id), reply -> reply.status() == 200
                        && status.equals(reply.json().get("status")))
                .json();
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith(PROBLEM_JSON);
        assertThat(reply.json()).containsEntry("code", code).containsKeys("type", "title", "status", "detail");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> json, String field) {
        assertThat(json.get(field)).as("field %s of %s", field, json).isInstanceOf(Map.class);
        return (Map<String, Object>) json.get(field);
    }

    private static String sale(String ni, String reference, LocalDate purchaseDate) {
        return """
                { "ni": "%s", "brand": "CARTIER", "reference": "%s", "collection": "Santos de Cartier",
                  "category": "WATCH", "line": null, "purchaseDate": "%s",
                  "dealer": { "id": "BTQ-PARIS-PAIX", "name": "Cartier Paris Paix", "country": "FR" },
                  "channel": "BOUTIQUE" }
                """.formatted(ni, reference, purchaseDate);
    }

    private static String registration(String ni, String ownership, String email, boolean marketing) {
        return """
                { "ni": "%s", "cardToken": null, "purchaseDate": "%s", "ownership": "%s",
                  "customer": { "givenName": "Ana", "familyName": "García", "email": "%s",
                                "phone": "+34600000000", "country": "ES", "language": "es" },
                  "consents": { "marketing": %s, "privacyNoticeVersion": "2026-01" } }
                """.formatted(ni, PURCHASE, ownership, email, marketing);
    }

    /** Canonical NIs (upper case, no separators) unique to this run. */
    private static String randomNi() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder ni = new StringBuilder("E2E");
        for (int i = 0; i < 7; i++) {
            ni.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return ni.toString();
    }

    /** The NI as a seller may type it: lower case, with a space and a hyphen. */
    private static String printed(String ni) {
        return ni.substring(0, 5).toLowerCase() + " " + ni.substring(5, 8) + "-" + ni.substring(8).toLowerCase();
    }

    private static Reply get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).GET());
    }

    private static Reply post(String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static Reply send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers(), response.body());
    }

    record Reply(int status, java.net.http.HttpHeaders headers, String body) {

        Map<String, Object> json() {
            try {
                return JSONObjectUtils.parse(body);
            } catch (ParseException notJson) {
                throw new AssertionError("Expected a JSON object, got: " + this, notJson);
            }
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }
}
