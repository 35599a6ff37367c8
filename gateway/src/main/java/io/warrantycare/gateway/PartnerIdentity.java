package io.warrantycare.gateway;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The verified caller of a partner route, as the services receive it in {@code X-Partner-*} headers for
 * their audit trails (who declared a sale, which center reprinted a card). Services trust these headers
 * only because the gateway removes every client-sent {@code X-Partner-*} header first.
 */
public record PartnerIdentity(String subject, List<String> roles, @Nullable String dealerId,
        @Nullable String centerId, @Nullable String region) {

    public static final String HEADER_PREFIX = "X-Partner-";
    public static final String SUBJECT = "X-Partner-Subject";
    public static final String ROLES = "X-Partner-Roles";
    public static final String DEALER_ID = "X-Partner-Dealer-Id";
    public static final String CENTER_ID = "X-Partner-Center-Id";
    public static final String REGION = "X-Partner-Region";

    static final String ROLE_AUTHORITY_PREFIX = "ROLE_";

    public static PartnerIdentity of(JwtAuthenticationToken authentication) {
        var jwt = authentication.getToken();
        return new PartnerIdentity(jwt.getSubject(), roleNames(authentication.getAuthorities()),
                jwt.getClaimAsString("dealerId"), jwt.getClaimAsString("centerId"), jwt.getClaimAsString("region"));
    }

    public static boolean isPartnerHeader(String headerName) {
        return headerName.regionMatches(true, 0, HEADER_PREFIX, 0, HEADER_PREFIX.length());
    }

    /** The headers to send downstream; claims that are absent, or that no HTTP header could carry safely, are left out. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        put(headers, SUBJECT, subject);
        put(headers, ROLES, String.join(",", roles));
        put(headers, DEALER_ID, dealerId);
        put(headers, CENTER_ID, centerId);
        put(headers, REGION, region);
        return headers;
    }

    private static List<String> roleNames(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_AUTHORITY_PREFIX))
                .map(authority -> authority.substring(ROLE_AUTHORITY_PREFIX.length()))
                .toList();
    }

    private static void put(Map<String, String> headers, String name, @Nullable String value) {
        if (value != null && !value.isBlank() && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            headers.put(name, value);
        }
    }
}
