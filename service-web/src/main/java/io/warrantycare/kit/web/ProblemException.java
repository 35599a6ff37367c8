package io.warrantycare.kit.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure that already knows its answer: status, {@code code} and detail. Services throw it (or a subclass) for
 * their own refusals; framework failures are mapped by {@link ProblemTable}.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient List<FieldError> errors;

    public ProblemException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public ProblemException(HttpStatus status, String code, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException validation(List<FieldError> errors) {
        return new ProblemException(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED,
                "The request has invalid fields.", errors);
    }

    public static ProblemException validation(String field, String code, String message) {
        return validation(List.of(new FieldError(field, code, message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
