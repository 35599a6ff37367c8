package io.warrantycare.gateway.config;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerTokenDecoderTests {

    private static final String SECRET = "a-shared-secret-of-at-least-32-bytes!";

    @Test
    void verifiesTokensAgainstAJwkSetWhenOneIsConfigured() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("provider-key-1").generate();
        DisposableServer jwks = HttpServer.create().host("127.0.0.1").port(0)
                .handle((request, response) -> response.header("Content-Type", "application/json")
                        .sendString(Mono.just(new JWKSet(key.toPublicJWK()).toString())))
                .bindNow();
        try {
            ReactiveJwtDecoder decoder = decoder(null, "http://127.0.0.1:" + jwks.port() + "/jwks");

            Jwt jwt = decoder.decode(sign(new RSASSASigner(key), JWSAlgorithm.RS256, "provider-key-1",
                    Instant.now().plusSeconds(300))).block(Duration.ofSeconds(10));

            assertThat(jwt.getSubject()).isEqualTo("partner-1");
            assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SUPPORT");
            String hmacToken = sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)), JWSAlgorithm.HS256,
                    null, Instant.now().plusSeconds(300));
            assertThatThrownBy(() -> decoder.decode(hmacToken).block(Duration.ofSeconds(10)))
                    .isInstanceOf(RuntimeException.class);
        }
        finally {
            jwks.disposeNow();
        }
    }

    @Test
    void verifiesTokensWithTheSharedSecretOtherwise() throws Exception {
        ReactiveJwtDecoder decoder = decoder(SECRET, "");
        MACSigner signer = new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8));

        Jwt jwt = decoder.decode(sign(signer, JWSAlgorithm.HS256, null, Instant.now().plusSeconds(300)))
                .block(Duration.ofSeconds(10));

        assertThat(jwt.getSubject()).isEqualTo("partner-1");
        String expired = sign(signer, JWSAlgorithm.HS256, null, Instant.now().minusSeconds(120));
        assertThatThrownBy(() -> decoder.decode(expired).block(Duration.ofSeconds(10)))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void refusesToStartWithASecretTooShortForHs256() {
        assertThatThrownBy(() -> decoder("too-short", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GATEWAY_JWT_SECRET");
    }

    private static ReactiveJwtDecoder decoder(String secret, String jwkSetUri) {
        GatewayProperties properties = new GatewayProperties(
                new GatewayProperties.Jwt(secret, jwkSetUri, null, Duration.ofSeconds(30)),
                new GatewayProperties.RateLimit(true, 50, 100, 1000),
                new GatewayProperties.BodyLimit(DataSize.ofMegabytes(1), DataSize.ofMegabytes(2), List.of()),
                new GatewayProperties.Cors(List.of(), Duration.ofHours(1)), null);
        return new SecurityConfig().partnerTokenDecoder(properties);
    }

    private static String sign(JWSSigner signer, JWSAlgorithm algorithm, String keyId, Instant expiresAt)
            throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("partner-1")
                .claim("roles", List.of("SUPPORT"))
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
