package io.warrantycare.warranty;

/** One field's problem in a rejected request: the JSON path or query parameter, a code, and a message. */
public record FieldProblem(String field, String code, String message) {
}
