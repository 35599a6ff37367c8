package io.warrantycare.crm.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** An error the API names (API.md): status, machine-readable code, and field problems if any. */
class ApiProblem extends RuntimeException {

    record FieldProblem(String field, String code, String message) {
    }

    private final HttpStatus status;
    private final String code;
    private final List<FieldProblem> errors;

    ApiProblem(HttpStatus status, String code, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    static ApiProblem validationFailed(List<FieldProblem> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request has invalid fields.", errors);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    List<FieldProblem> errors() {
        return errors;
    }
}
