package io.warrantycare.gateway;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTests {

    private final ClientAddresses behindLoadBalancers = new ClientAddresses("10[.]0[.]0[.][0-9]+");

    @Test
    void usesThePeerWhenItIsNotATrustedProxy() {
        assertThat(behindLoadBalancers.resolve(peer("203.0.113.9"), List.of("198.51.100.1")))
                .isEqualTo("203.0.113.9");
        assertThat(behindLoadBalancers.isTrustedProxy(peer("203.0.113.9"))).isFalse();
    }

    @Test
    void trustsNobodyWithoutAPattern() {
        ClientAddresses direct = new ClientAddresses("");

        assertThat(direct.resolve(peer("10.0.0.2"), List.of("198.51.100.1"))).isEqualTo("10.0.0.2");
        assertThat(direct.isTrustedProxy(peer("10.0.0.2"))).isFalse();
    }

    @Test
    void usesTheAddressTheTrustedProxySawAndIgnoresHopsTheClientWrote() {
        assertThat(behindLoadBalancers.resolve(peer("10.0.0.2"), List.of("203.0.113.66, 198.51.100.1")))
                .isEqualTo("198.51.100.1");
        assertThat(behindLoadBalancers.isTrustedProxy(peer("10.0.0.2"))).isTrue();
    }

    @Test
    void skipsEveryTrustedHopOfAChainOfProxies() {
        assertThat(behindLoadBalancers.resolve(peer("10.0.0.2"), List.of("198.51.100.1, 10.0.0.7", "10.0.0.3")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void fallsBackToThePeerWhenTheProxyForwardedNothing() {
        assertThat(behindLoadBalancers.resolve(peer("10.0.0.2"), List.of())).isEqualTo("10.0.0.2");
    }

    private static InetSocketAddress peer(String address) {
        return new InetSocketAddress(address, 40000);
    }
}
