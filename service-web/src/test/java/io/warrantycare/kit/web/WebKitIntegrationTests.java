package io.warrantycare.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "warrantycare.web.max-request-size=2KB")
@AutoConfigureWebTestClient
class WebKitIntegrationTests {

    private static final String VALID = """
            {"ni":"1234 56ab","kind":"GIFT","name":"Ana","email":"ana@example.com","country":"ES","language":"es"}""";

    @Autowired
    WebTestClient web;

    @Test
    void acceptsAValidBody() {
        web.post().uri("/samples").contentType(MediaType.APPLICATION_JSON).bodyValue(VALID).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.ni").isEqualTo("1234 56ab");
    }

    /** The same mistake gets the same status and code, whichever route meets it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON        | application/json | {"ni":                                          | 400 | MALFORMED_REQUEST
            empty body            | application/json |                                                 | 400 | MALFORMED_REQUEST
            wrong type            | application/json | {"ni":"123456AB","kind":"GIFT","quantity":"x"}  | 400 | VALIDATION_FAILED
            unknown enum value    | application/json | {"ni":"123456AB","kind":"LOAN"}                 | 400 | VALIDATION_FAILED
            oversized field       | application/json | {"ni":"123456AB","kind":"GIFT","name":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} | 400 | VALIDATION_FAILED
            wrong content type    | text/plain       | hello                                           | 415 | UNSUPPORTED_MEDIA_TYPE
            """)
    void answersEveryMistakeAsProblemJson(String mistake, String contentType, String body, int status, String code) {
        var request = web.post().uri("/samples").contentType(MediaType.parseMediaType(contentType));
        var answer = body == null ? request.exchange() : request.bodyValue(body).exchange();
        answer.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.type").isEqualTo("https://warrantycare.io/problems/" + code.toLowerCase().replace('_', '-'))
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/samples");
    }

    @Test
    void namesEachInvalidFieldWithItsCode() {
        String body = """
                {"ni":"12","kind":null,"name":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","email":"not-an-address",
                 "country":"XX","language":"not a tag"}""";
        Map<String, Object> problem = web.post().uri("/samples").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isBadRequest()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
        assertThat(problem).containsEntry("code", "VALIDATION_FAILED");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) problem.get("errors");
        assertThat(errors).extracting(error -> error.get("field") + "=" + error.get("code"))
                .containsExactlyInAnyOrder("ni=INVALID_FORMAT", "kind=REQUIRED", "name=TOO_LONG",
                        "email=INVALID_FORMAT", "country=INVALID_FORMAT", "language=INVALID_FORMAT");
    }

    @Test
    void namesTheFieldOfAWrongType() {
        web.post().uri("/samples").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"ni\":\"123456AB\",\"kind\":\"LOAN\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("kind")
                .jsonPath("$.errors[0].code").isEqualTo("INVALID_VALUE");
    }

    @Test
    void mapsAServiceExceptionThroughItsOwnRow() {
        web.get().uri("/samples/ABC123").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("UNKNOWN_SAMPLE")
                .jsonPath("$.detail").isEqualTo("No sample ABC123");
    }

    @Test
    void answersAnUnknownPathAndAWrongMethodAsProblems() {
        web.get().uri("/nowhere").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        web.delete().uri("/samples").exchange().expectStatus().isEqualTo(405)
                .expectHeader().exists("Allow")
                .expectBody().jsonPath("$.code").isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void answersAStoreOutageWith503() {
        web.get().uri("/store-down").exchange().expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.code").isEqualTo("STORE_UNAVAILABLE");
    }

    @Test
    void hidesTheInternalsOfAnUnexpectedFailure() {
        String body = web.get().uri("/boom").header("X-Correlation-Id", "corr-boom-1").exchange()
                .expectStatus().isEqualTo(500)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("INTERNAL_ERROR").contains("corr-boom-1").doesNotContain("internal detail")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void refusesADeclaredBodyOverTheLimitBeforeReadingIt() {
        String big = "{\"ni\":\"" + "A".repeat(4096) + "\"}";
        web.post().uri("/samples").contentType(MediaType.APPLICATION_JSON).bodyValue(big).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void echoesTheCorrelationIdAndCarriesItIntoTheMdcOnReactiveThreads() {
        KitTestApplication.SEEN_IN_MDC.clear();
        web.get().uri("/hop").header("X-Correlation-Id", "corr-hop-42").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Correlation-Id", "corr-hop-42")
                .expectBody().jsonPath("$.thread").value(thread -> assertThat((String) thread).startsWith("parallel"));
        assertThat(KitTestApplication.SEEN_IN_MDC).containsExactly("corr-hop-42");
    }

    @Test
    void startsACorrelationIdWhenTheCallerSentNoneOrAnUnsafeOne() {
        web.get().uri("/hop").header("X-Correlation-Id", "bad id with {braces}").exchange()
                .expectHeader().value("X-Correlation-Id", id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }
}
