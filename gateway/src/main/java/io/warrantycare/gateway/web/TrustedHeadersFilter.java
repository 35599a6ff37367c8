package io.warrantycare.gateway.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import io.warrantycare.gateway.ClientAddresses;
import io.warrantycare.gateway.PartnerIdentity;
import io.warrantycare.gateway.config.GatewayProperties;

/**
 * Makes the headers the services act on trustworthy, on every proxied request, public or partner:
 * client-sent {@code X-Partner-*} headers are dropped and replaced by the identity verified from the
 * token, if any; forwarding headers ({@code Forwarded}, {@code X-Forwarded-*}) survive only when they
 * come from a trusted proxy.
 */
@Component
class TrustedHeadersFilter implements GlobalFilter, Ordered {

    private final ClientAddresses clientAddresses;

    TrustedHeadersFilter(GatewayProperties properties) {
        this.clientAddresses = new ClientAddresses(properties.trustedProxies());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        boolean fromTrustedProxy = clientAddresses.isTrustedProxy(exchange.getRequest().getRemoteAddress());
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(principal -> Optional.of(PartnerIdentity.of((JwtAuthenticationToken) principal)))
                .defaultIfEmpty(Optional.empty())
                .flatMap(identity -> chain.filter(exchange.mutate()
                        .request(request -> request.headers(headers -> {
                            removeIf(headers, PartnerIdentity::isPartnerHeader);
                            if (!fromTrustedProxy) {
                                removeIf(headers, TrustedHeadersFilter::isForwardingHeader);
                            }
                            identity.ifPresent(partner -> partner.headers().forEach(headers::set));
                        }))
                        .build()));
    }

    private static boolean isForwardingHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("forwarded") || lower.startsWith("x-forwarded-") || lower.equals("x-real-ip");
    }

    private static void removeIf(HttpHeaders headers, Predicate<String> unwanted) {
        List<String> names = headers.headerNames().stream().filter(unwanted).toList();
        names.forEach(headers::remove);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
