package io.warrantycare.registration.web;

import io.warrantycare.registration.FieldProblem;
import io.warrantycare.registration.InvalidRequestException;
import io.warrantycare.registration.NewRegistration;
import io.warrantycare.registration.Prefill;
import io.warrantycare.registration.RegistrationForm;
import io.warrantycare.registration.RegistrationFormValidator;
import io.warrantycare.registration.RegistrationService;
import io.warrantycare.registration.RegistrationView;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The public registration API of API.md. */
@RestController
@RequestMapping(path = "/api/registrations", produces = MediaType.APPLICATION_JSON_VALUE)
class RegistrationController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern IDEMPOTENCY_KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,200}");

    /** The answer to a registration: always PENDING, whatever is already known, so it reveals nothing. */
    record Accepted(String id, String status) {
    }

    private final RegistrationService registrations;
    private final JsonMapper json;

    RegistrationController(RegistrationService registrations, JsonMapper json) {
        this.registrations = registrations;
        this.json = json;
    }

    /**
     * The body is read as text and parsed here, so that malformed JSON and wrong types become field problems of a
     * VALIDATION_FAILED answer like every other input problem.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Accepted>> register(@RequestBody(required = false) String body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey, ServerWebExchange exchange) {
        return Mono.fromCallable(() -> {
                    RegistrationForm form = parse(body);
                    NewRegistration registration = RegistrationFormValidator.validate(form);
                    return new Submission(registration, idempotencyKey(idempotencyKey), requestHash(form));
                })
                .flatMap(submission -> registrations.submit(submission.registration(), submission.idempotencyKey(),
                        submission.requestHash(), CorrelationIdFilter.of(exchange)))
                .map(id -> ResponseEntity.accepted()
                        .location(URI.create("/api/registrations/" + id))
                        .body(new Accepted(id, "PENDING")));
    }

    @GetMapping("/prefill")
    Mono<Prefill> prefill(@RequestParam(name = "ni", required = false) String ni,
            @RequestParam(name = "t", required = false) String cardToken) {
        return registrations.prefill(ni, cardToken);
    }

    @GetMapping("/{id}")
    Mono<RegistrationView> registration(@PathVariable String id) {
        return registrations.find(id);
    }

    private record Submission(NewRegistration registration, String idempotencyKey, String requestHash) {
    }

    private RegistrationForm parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException(new FieldProblem("body", "REQUIRED", "A JSON body is required"));
        }
        RegistrationForm form;
        try {
            form = json.readValue(body, RegistrationForm.class);
        } catch (MismatchedInputException wrongType) {
            throw new InvalidRequestException(new FieldProblem(path(wrongType), "INVALID_TYPE", "This value has the wrong type"));
        } catch (StreamReadException malformed) {
            throw new InvalidRequestException(new FieldProblem("body", "MALFORMED_JSON", malformed.getLocation() == null
                    ? "The body is not valid JSON"
                    : "The body is not valid JSON (line " + malformed.getLocation().getLineNr() + ", column "
                            + malformed.getLocation().getColumnNr() + ")"));
        } catch (JacksonException unreadable) {
            throw new InvalidRequestException(new FieldProblem(path(unreadable), "INVALID_VALUE", "This value cannot be read"));
        }
        if (form == null) {
            throw new InvalidRequestException(new FieldProblem("body", "REQUIRED", "A JSON body is required"));
        }
        return form;
    }

    private static String path(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String idempotencyKey(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        if (!IDEMPOTENCY_KEY_FORMAT.matcher(header).matches()) {
            throw new InvalidRequestException(new FieldProblem(IDEMPOTENCY_KEY, "INVALID_FORMAT",
                    "An idempotency key is 1 to 200 visible ASCII characters"));
        }
        return header;
    }

    /** Same body, same hash: the parsed form is serialised again, so spacing and field order do not count. */
    private String requestHash(RegistrationForm form) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(form)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", impossible);
        }
    }
}
