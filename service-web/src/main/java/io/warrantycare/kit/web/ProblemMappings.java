package io.warrantycare.kit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;

/**
 * A service's own rows of the {@link ProblemTable}: its exceptions with their status and code. Declare one bean:
 * <pre>{@code
 * @Bean ProblemMappings warrantyProblems() {
 *     return ProblemMappings.builder()
 *             .map(UnknownProductException.class, HttpStatus.NOT_FOUND, "UNKNOWN_PRODUCT")
 *             .build();
 * }}</pre>
 */
public final class ProblemMappings {

    record Mapping(Class<? extends Throwable> type, Function<Throwable, ProblemTable.Problem> problem) {
    }

    private final List<Mapping> entries;

    private ProblemMappings(List<Mapping> entries) {
        this.entries = List.copyOf(entries);
    }

    List<Mapping> entries() {
        return entries;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {

        private final List<Mapping> entries = new ArrayList<>();

        /** The exception's message becomes the problem's {@code detail}: it must hold no personal data. */
        public <T extends Throwable> Builder map(Class<T> type, HttpStatus status, String code) {
            return map(type, status, failure -> code);
        }

        /** For exceptions that carry their own code. */
        public <T extends Throwable> Builder map(Class<T> type, HttpStatus status, Function<T, String> code) {
            entries.add(new Mapping(type, failure -> new ProblemTable.Problem(status, code.apply(type.cast(failure)),
                    failure.getMessage())));
            return this;
        }

        public ProblemMappings build() {
            return new ProblemMappings(entries);
        }
    }
}
