package io.warrantycare.warranty.policy;

import java.util.List;

/** A small set of codes matched case-insensitively without allocating: a linear scan beats hashing at these sizes. */
final class ValueSet {

    private final String[] values;

    private ValueSet(String[] values) {
        this.values = values;
    }

    static ValueSet of(List<String> values) {
        return new ValueSet(values.toArray(String[]::new));
    }

    boolean contains(String value) {
        if (value == null) {
            return false;
        }
        for (String candidate : values) {
            if (candidate.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }
}
