package io.warrantycare.kit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one table from a failure to its status and {@code code}. Services contribute their own exceptions through
 * {@link ProblemMappings} beans or by throwing {@link ProblemException}; everything else is the framework's, mapped
 * here the same way in every service, so the same mistake gets the same answer on every route.
 */
public final class ProblemTable {

    /** The answer to one failure, before it is written as problem+json. */
    public record Problem(HttpStatusCode status, String code, String detail, List<FieldError> errors) {

        Problem(HttpStatusCode status, String code, String detail) {
            this(status, code, detail, List.of());
        }
    }

    /** Exception classes (and their subclasses, anywhere in the cause chain) that mean the store did not answer. */
    private static final Set<String> STORE_FAILURES = Set.of(
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.dao.TransientDataAccessException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoSocketException",
            "com.mongodb.MongoNotPrimaryException");

    private final List<ProblemMappings.Mapping> mappings;

    public ProblemTable(List<ProblemMappings> contributed) {
        List<ProblemMappings.Mapping> all = new ArrayList<>();
        contributed.forEach(mappings -> all.addAll(mappings.entries()));
        this.mappings = List.copyOf(all);
    }

    /** The problem for a failure; {@code null} when nothing matches, which the handler answers as a 500. */
    public Problem problemOf(Throwable failure) {
        if (failure instanceof ProblemException known) {
            return new Problem(known.status(), known.code(), known.getMessage(), known.errors());
        }
        for (ProblemMappings.Mapping mapping : mappings) {
            if (mapping.type().isInstance(failure)) {
                return mapping.problem().apply(failure);
            }
        }
        if (causedBy(failure, DataBufferLimitException.class) || statusOf(failure) == 413) {
            return new Problem(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
                    "The request body is too large.");
        }
        if (failure instanceof WebExchangeBindException invalid) {
            return validation(invalid.getFieldErrors().stream()
                    .map(error -> new FieldError(error.getField(), fieldCode(error.getCode()),
                            message(error.getDefaultMessage())))
                    .toList());
        }
        if (failure instanceof HandlerMethodValidationException invalid) {
            List<FieldError> errors = new ArrayList<>();
            for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
                String name = result.getMethodParameter().getParameterName();
                for (var error : result.getResolvableErrors()) {
                    String code = error instanceof DefaultMessageSourceResolvable resolvable
                            && resolvable.getCodes() != null && resolvable.getCodes().length > 0
                            ? resolvable.getCodes()[resolvable.getCodes().length - 1] : null;
                    errors.add(new FieldError(name, fieldCode(code), message(error.getDefaultMessage())));
                }
            }
            return validation(errors);
        }
        if (failure instanceof UnsupportedMediaTypeStatusException) {
            return new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                    "The request body must be application/json.");
        }
        if (failure instanceof ServerWebInputException input) {
            return unreadable(input);
        }
        if (failure instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            HttpStatusCode status = framework.getStatusCode();
            return new Problem(status, codeOf(status), framework.getBody().getDetail());
        }
        if (storeFailure(failure)) {
            return new Problem(HttpStatus.SERVICE_UNAVAILABLE, ErrorCodes.STORE_UNAVAILABLE,
                    "The service cannot reach its database; nothing was stored. Retry later.");
        }
        return null;
    }

    static boolean storeFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (STORE_FAILURES.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Malformed JSON and an empty body are unreadable; readable JSON with a wrong type or value is a field error. */
    private static Problem unreadable(ServerWebInputException input) {
        JacksonException jackson = causeOf(input, JacksonException.class);
        if (jackson instanceof DatabindException databind && !(jackson instanceof StreamReadException)
                && !databind.getPath().isEmpty() && !endOfInput(databind)) {
            String field = path(databind.getPath());
            String message = databind instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()
                    ? "Not one of the allowed values."
                    : "Not a value of the expected type.";
            return validation(List.of(new FieldError(field, ErrorCodes.FIELD_INVALID_VALUE, message)));
        }
        if (jackson == null && causeOf(input, DecodingException.class) == null) {
            // A missing body, or a path or query parameter of the wrong type.
            String reason = input.getReason();
            if (input.getMethodParameter() != null && !isBody(input)) {
                String name = input.getMethodParameter().getParameterName();
                return validation(List.of(new FieldError(name, ErrorCodes.FIELD_INVALID_VALUE,
                        reason == null ? "Not a valid value." : reason)));
            }
            return new Problem(HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST,
                    "The request body is missing or empty.");
        }
        return new Problem(HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST,
                "The request body is not valid JSON.");
    }

    private static boolean isBody(ServerWebInputException input) {
        return input.getMethodParameter() != null
                && input.getMethodParameter().hasParameterAnnotation(
                org.springframework.web.bind.annotation.RequestBody.class);
    }

    private static boolean endOfInput(DatabindException failure) {
        return failure instanceof MismatchedInputException && failure.getMessage() != null
                && failure.getMessage().contains("end-of-input");
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Problem validation(List<FieldError> errors) {
        return new Problem(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED, "The request has invalid fields.",
                errors);
    }

    private static final Map<String, String> FIELD_CODES = Map.ofEntries(
            Map.entry("NotNull", ErrorCodes.FIELD_REQUIRED),
            Map.entry("NotBlank", ErrorCodes.FIELD_REQUIRED),
            Map.entry("NotEmpty", ErrorCodes.FIELD_REQUIRED),
            Map.entry("Size", ErrorCodes.FIELD_TOO_LONG),
            Map.entry("Pattern", ErrorCodes.FIELD_INVALID_FORMAT),
            Map.entry("Email", ErrorCodes.FIELD_INVALID_FORMAT),
            Map.entry("EmailAddress", ErrorCodes.FIELD_INVALID_FORMAT),
            Map.entry("IndividualNumber", ErrorCodes.FIELD_INVALID_FORMAT),
            Map.entry("IsoCountry", ErrorCodes.FIELD_INVALID_FORMAT),
            Map.entry("LanguageTag", ErrorCodes.FIELD_INVALID_FORMAT));

    /** Bean Validation constraint names become the field codes of the API; a constraint may name its own. */
    static String fieldCode(String constraint) {
        if (constraint == null) {
            return ErrorCodes.FIELD_INVALID_VALUE;
        }
        if (constraint.chars().allMatch(c -> Character.isUpperCase(c) || c == '_')) {
            return constraint;
        }
        return FIELD_CODES.getOrDefault(constraint, ErrorCodes.FIELD_INVALID_VALUE);
    }

    private static String message(String message) {
        return message == null ? "Invalid value." : message;
    }

    static String codeOf(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return "HTTP_" + status.value();
        }
        return switch (known) {
            case BAD_REQUEST -> ErrorCodes.MALFORMED_REQUEST;
            case UNAUTHORIZED -> ErrorCodes.UNAUTHORIZED;
            case FORBIDDEN -> ErrorCodes.FORBIDDEN;
            case NOT_FOUND -> ErrorCodes.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ErrorCodes.METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> ErrorCodes.NOT_ACCEPTABLE;
            case PAYLOAD_TOO_LARGE -> ErrorCodes.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            case TOO_MANY_REQUESTS -> ErrorCodes.RATE_LIMITED;
            default -> known.name();
        };
    }

    static String typeSuffix(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static int statusOf(Throwable failure) {
        return failure instanceof ErrorResponse response ? response.getStatusCode().value() : 0;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return causeOf(failure, type) != null;
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
