package io.warrantycare.kit.web;

/** One invalid field of a request: its JSON path, a machine-readable code and a sentence for people. */
public record FieldError(String field, String code, String message) {
}
