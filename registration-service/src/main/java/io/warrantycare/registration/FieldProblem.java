package io.warrantycare.registration;

/** One field problem of a request: the JSON path of the field, a machine-readable code and a sentence. */
public record FieldProblem(String field, String code, String message) {
}
