package io.warrantycare.warranty.policy;

import java.util.Arrays;
import java.util.List;

/** Collects, in order and without repeats, the rule ids that decided an answer. */
final class RuleTrail {

    private String[] ids = new String[8];
    private int size;

    RuleTrail add(String id) {
        if (id == null) {
            return this;
        }
        for (int i = 0; i < size; i++) {
            if (ids[i].equals(id)) {
                return this;
            }
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
        return this;
    }

    RuleTrail addAll(String[] more) {
        for (String id : more) {
            add(id);
        }
        return this;
    }

    List<String> toList() {
        return switch (size) {
            case 0 -> List.of();
            case 1 -> List.of(ids[0]);
            case 2 -> List.of(ids[0], ids[1]);
            case 3 -> List.of(ids[0], ids[1], ids[2]);
            case 4 -> List.of(ids[0], ids[1], ids[2], ids[3]);
            default -> List.of(Arrays.copyOf(ids, size));
        };
    }
}
