package io.warrantycare.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The correlation id that follows a request through every service and its events. A caller's own id is
 * kept when it is well formed; anything else (missing, too long, odd characters that could forge log
 * lines or headers) is replaced by a fresh UUID.
 */
public final class CorrelationIds {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private CorrelationIds() {
    }

    public static String acceptOrGenerate(@Nullable String incoming) {
        if (incoming != null && WELL_FORMED.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }
}
