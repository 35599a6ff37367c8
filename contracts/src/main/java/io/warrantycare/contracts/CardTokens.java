package io.warrantycare.contracts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The QR card token (CC-13): {@code <cardVersion>.<HMAC-SHA256 over NI and version>}, verifiable without a database
 * lookup; a reprint raises the card version, which revokes every earlier token (CC-15).
 */
public final class CardTokens {

    private static final int MAC_BYTES = 16;
    private final byte[] secret;

    public CardTokens(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The card token secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String issue(String canonicalNi, int cardVersion) {
        return cardVersion + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(canonicalNi, cardVersion));
    }

    /** The card version the token was signed for, when its signature is valid for this NI. */
    public Optional<Integer> verifiedVersion(String canonicalNi, String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 6) {
            return Optional.empty();
        }
        int version;
        byte[] presented;
        try {
            version = Integer.parseInt(token.substring(0, dot));
            presented = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (version < 1) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(presented, mac(canonicalNi, version)) ? Optional.of(version) : Optional.empty();
    }

    private byte[] mac(String canonicalNi, int cardVersion) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = hmac.doFinal((canonicalNi + ":" + cardVersion).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, MAC_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", impossible);
        }
    }
}
