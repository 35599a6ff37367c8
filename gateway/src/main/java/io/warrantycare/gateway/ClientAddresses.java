package io.warrantycare.gateway;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Who the client is, given the proxies in front of the gateway that are trusted (a load balancer).
 * From a trusted proxy the nearest {@code X-Forwarded-For} hop that is not itself a trusted proxy is the
 * client; hops further left were written by the client and could be anything, so they are never
 * believed. From anyone else, forwarding headers are the client's own invention.
 */
public final class ClientAddresses {

    private final @Nullable Pattern trustedProxies;

    /** @param trustedProxies a regular expression over IP addresses; null or blank trusts nobody */
    public ClientAddresses(@Nullable String trustedProxies) {
        this.trustedProxies = trustedProxies == null || trustedProxies.isBlank() ? null
                : Pattern.compile(trustedProxies);
    }

    public boolean isTrustedProxy(@Nullable InetSocketAddress peer) {
        return peer != null && isTrusted(addressOf(peer));
    }

    public String resolve(@Nullable InetSocketAddress peer, List<String> forwardedFor) {
        if (peer == null) {
            return "unknown";
        }
        String peerAddress = addressOf(peer);
        if (!isTrusted(peerAddress)) {
            return peerAddress;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peerAddress;
    }

    private boolean isTrusted(String address) {
        return trustedProxies != null && trustedProxies.matcher(address).matches();
    }

    private static String addressOf(InetSocketAddress peer) {
        return peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
    }
}
