package io.warrantycare.gateway.config;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's own settings ({@code warrantycare.gateway.*}); defaults and env names are in application.yml.
 * {@code trustedProxies} is a regular expression over the IP addresses of the proxies in front of the
 * gateway whose forwarding headers are believed.
 */
@ConfigurationProperties("warrantycare.gateway")
public record GatewayProperties(Jwt jwt, RateLimit rateLimit, BodyLimit bodyLimit, Cors cors,
        @Nullable String trustedProxies) {

    /**
     * How partner tokens are verified: a JWK set when {@code jwkSetUri} is given (production), otherwise
     * HS256 with the shared {@code secret} (local and test stacks).
     */
    public record Jwt(@Nullable String secret, @Nullable String jwkSetUri, @Nullable String issuer,
            Duration clockSkew) {

        public boolean usesJwkSet() {
            return jwkSetUri != null && !jwkSetUri.isBlank();
        }
    }

    /** The per-address budget on public routes. */
    public record RateLimit(boolean enabled, double requestsPerSecond, int burst, int maxClients) {
    }

    /** Request body limits; {@code batchPaths} (path patterns) get {@code batchMax} instead of {@code defaultMax}. */
    public record BodyLimit(DataSize defaultMax, DataSize batchMax, List<String> batchPaths) {
    }

    /** Origins other than the gateway's own that may call the public site's API from a browser. */
    public record Cors(List<String> allowedOrigins, Duration maxAge) {
    }
}
