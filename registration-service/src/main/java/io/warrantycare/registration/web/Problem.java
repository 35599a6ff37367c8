package io.warrantycare.registration.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.warrantycare.registration.FieldProblem;
import java.util.List;

/** An RFC 9457 problem with the machine-readable {@code code} of API.md and, for field problems, {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance, String code,
        List<FieldProblem> errors) {
}
