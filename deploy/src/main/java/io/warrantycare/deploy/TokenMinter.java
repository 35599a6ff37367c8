package io.warrantycare.deploy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Mints the HS256 tokens the gateway accepts locally ({@code ./dev token ROLE [claim=value ...]}), signed with the
 * stack's {@code jwt-secret}, the same value the gateway receives as {@code GATEWAY_JWT_SECRET}.
 */
public final class TokenMinter {

    static final Duration LIFETIME = Duration.ofHours(12);
    private static final Set<String> INSTANT_CLAIMS = Set.of("exp", "iat", "nbf");

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: token ROLE[,ROLE...] [claim=value ...]   e.g. token SALES dealerId=BTQ-PARIS-PAIX");
            System.exit(2);
        }
        StackSettings settings = StackSettings.fromEnvironment(System.getenv());
        String secret = Secrets.readOrCreate(settings.dataDir().resolve("jwt-secret"));
        System.out.println(mint(secret, args[0], claims(Arrays.asList(args).subList(1, args.length)), Instant.now()));
    }

    /**
     * A token for the comma-separated roles, subject {@code dev-<first role>}, valid for {@link #LIFETIME}; the extra
     * claims are strings except {@code roles} (comma-separated list) and {@code exp}/{@code iat}/{@code nbf} (epoch
     * seconds), and may override the defaults.
     */
    public static String mint(String secret, String roles, Map<String, String> extraClaims, Instant now) {
        List<String> roleList = roleList(roles);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("dev-" + roleList.get(0).toLowerCase(Locale.ROOT).replace('_', '-'))
                .claim("roles", roleList)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)));
        extraClaims.forEach((name, value) -> {
            if (name.equals("roles")) {
                claims.claim(name, roleList(value));
            } else if (INSTANT_CLAIMS.contains(name)) {
                claims.claim(name, Date.from(Instant.ofEpochSecond(Long.parseLong(value))));
            } else {
                claims.claim(name, value);
            }
        });
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException tooShort) {
            throw new IllegalArgumentException("The JWT secret must have at least 32 bytes", tooShort);
        }
        return jwt.serialize();
    }

    static Map<String, String> claims(List<String> arguments) {
        Map<String, String> claims = new LinkedHashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("Claims are written name=value, got '" + argument + "'");
            }
            claims.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
        return claims;
    }

    private static List<String> roleList(String roles) {
        List<String> list = Arrays.stream(roles.split(","))
                .map(String::trim)
                .filter(role -> !role.isEmpty())
                .map(role -> role.toUpperCase(Locale.ROOT))
                .toList();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("At least one role is needed, e.g. SALES");
        }
        return list;
    }

    private TokenMinter() {
    }
}
