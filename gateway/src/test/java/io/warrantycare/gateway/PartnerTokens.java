package io.warrantycare.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Mints partner tokens the way {@code ./dev token} does: HS256 over the shared secret. */
final class PartnerTokens {

    static final String SECRET = "integration-test-secret-of-more-than-32-bytes";

    private PartnerTokens() {
    }

    static String forRoles(String... roles) {
        return mint(SECRET, List.of(roles), Map.of(), Instant.now().plus(Duration.ofMinutes(5)));
    }

    static String withClaims(List<String> roles, Map<String, Object> claims) {
        return mint(SECRET, roles, claims, Instant.now().plus(Duration.ofMinutes(5)));
    }

    static String expired(String role) {
        return mint(SECRET, List.of(role), Map.of(), Instant.now().minus(Duration.ofMinutes(10)));
    }

    static String signedWithAnotherKey(String role) {
        return mint("an-attacker-secret-that-is-also-32-bytes-long", List.of(role), Map.of(),
                Instant.now().plus(Duration.ofMinutes(5)));
    }

    static String withoutExpiry(String role) {
        return mint(SECRET, List.of(role), Map.of(), null);
    }

    static String mint(String secret, List<String> roles, Map<String, Object> claims, Instant expiresAt) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .subject("partner-" + UUID.randomUUID())
                .issueTime(new Date())
                .claim("roles", roles);
        if (expiresAt != null) {
            builder.expirationTime(Date.from(expiresAt));
        }
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
