package io.warrantycare.gateway.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import io.warrantycare.gateway.AccessRules;
import io.warrantycare.gateway.web.ProblemWriter;
import io.warrantycare.gateway.web.SecurityProblemHandlers;

/**
 * Partner routes are OAuth2 resource-server routes: a signed, unexpired JWT whose {@code roles} claim
 * (a JSON array) grants the role that {@link AccessRules} asks for. Stateless: no session, no CSRF
 * (no cookies are trusted), no login pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

    private static final int MIN_HS256_SECRET_BYTES = 32;

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
            SecurityProblemHandlers problemHandlers) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // Caching is the services' call (the site's assets may be cached); keep the other safe defaults.
                .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
                .authorizeExchange(exchanges -> {
                    for (AccessRules.Rule rule : AccessRules.RULES) {
                        var matched = rule.method() == null
                                ? exchanges.pathMatchers(rule.pattern())
                                : exchanges.pathMatchers(rule.method(), rule.pattern());
                        switch (rule.access()) {
                            case PUBLIC, OPEN -> matched.permitAll();
                            case ROLE -> matched.hasRole(Objects.requireNonNull(rule.role()).name());
                            case DENY -> matched.denyAll();
                        }
                    }
                    exchanges.anyExchange().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(rolesClaimConverter()))
                        .authenticationEntryPoint(problemHandlers)
                        .accessDeniedHandler(problemHandlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problemHandlers)
                        .accessDeniedHandler(problemHandlers))
                .build();
    }

    @Bean
    ReactiveJwtDecoder partnerTokenDecoder(GatewayProperties properties) {
        GatewayProperties.Jwt settings = properties.jwt();
        NimbusReactiveJwtDecoder decoder;
        if (settings.usesJwkSet()) {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        }
        else {
            decoder = NimbusReactiveJwtDecoder.withSecretKey(hs256Key(settings.secret()))
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
        }
        decoder.setJwtValidator(validator(settings));
        return decoder;
    }

    /** The firewall's answer to a malformed path (encoded slashes, "..") becomes a problem body too. */
    @Bean
    SmartInitializingSingleton problemForRejectedExchanges(WebFilterChainProxy securityFilter, ProblemWriter problems) {
        return () -> securityFilter.setExchangeRejectedHandler((exchange, rejected) -> problems.write(exchange,
                HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "The request path or headers are not acceptable"));
    }

    private static ReactiveJwtAuthenticationConverter rolesClaimConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        ReactiveJwtAuthenticationConverter converter = new ReactiveJwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new ReactiveJwtGrantedAuthoritiesConverterAdapter(roles));
        return converter;
    }

    /** Every token must expire and name its subject: the subject is what the services audit. */
    private static OAuth2TokenValidator<Jwt> validator(GatewayProperties.Jwt settings) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(settings.clockSkew());
        timestamps.setAllowEmptyExpiryClaim(false);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(timestamps);
        validators.add(new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank()));
        if (settings.issuer() != null && !settings.issuer().isBlank()) {
            validators.add(new JwtIssuerValidator(settings.issuer()));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static SecretKeySpec hs256Key(String secret) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_HS256_SECRET_BYTES) {
            throw new IllegalStateException("warrantycare.gateway.jwt.secret (GATEWAY_JWT_SECRET) must be at least "
                    + MIN_HS256_SECRET_BYTES + " bytes for HS256, or set GATEWAY_JWT_JWK_SET_URI");
        }
        if (secret.contains("dev-only")) {
            log.warn("Partner tokens are checked with the development secret; set GATEWAY_JWT_SECRET or "
                    + "GATEWAY_JWT_JWK_SET_URI outside local development");
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
