package io.warrantycare.crm;

import java.util.Arrays;
import java.util.Optional;

/** What a consent is given for; the feed carries the name. */
public enum ConsentPurpose {
    MARKETING;

    public static Optional<ConsentPurpose> parse(String name) {
        return Arrays.stream(values()).filter(purpose -> purpose.name().equals(name)).findFirst();
    }
}
