package io.warrantycare.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenMinterTests {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-local-test";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void signsWithHs256AndTheSecretsUtf8Bytes() throws Exception {
        SignedJWT jwt = SignedJWT.parse(TokenMinter.mint(SECRET, "SALES", Map.of(), NOW));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(jwt.verify(new MACVerifier((SECRET + "x").getBytes(StandardCharsets.UTF_8)))).isFalse();
    }

    @Test
    void carriesSubjectRolesAndTwelveHourExpiry() throws Exception {
        JWTClaimsSet claims = claimsOf(TokenMinter.mint(SECRET, "distribution_center", Map.of(), NOW));

        assertThat(claims.getSubject()).isEqualTo("dev-distribution-center");
        assertThat(claims.getStringListClaim("roles")).containsExactly("DISTRIBUTION_CENTER");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(12 * 3600));
    }

    @Test
    void addsTheGivenClaimsAsStringsAndRolesAsAList() throws Exception {
        Map<String, String> extra = TokenMinter.claims(
                List.of("dealerId=BTQ-PARIS-PAIX", "region=EU", "roles=SALES,SUPPORT", "note=a=b", "exp=1800000000"));

        JWTClaimsSet claims = claimsOf(TokenMinter.mint(SECRET, "SALES", extra, NOW));

        assertThat(claims.getStringClaim("dealerId")).isEqualTo("BTQ-PARIS-PAIX");
        assertThat(claims.getStringClaim("region")).isEqualTo("EU");
        assertThat(claims.getStringClaim("note")).isEqualTo("a=b");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SALES", "SUPPORT");
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.ofEpochSecond(1_800_000_000L));
    }

    @Test
    void rejectsClaimsWithoutNameAndSecretsShorterThan32Bytes() {
        assertThatIllegalArgumentException().isThrownBy(() -> TokenMinter.claims(List.of("dealerId")));
        assertThatIllegalArgumentException().isThrownBy(() -> TokenMinter.claims(List.of("=EU")));
        assertThatIllegalArgumentException().isThrownBy(() -> TokenMinter.mint("too-short", "SALES", Map.of(), NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> TokenMinter.mint(SECRET, " , ", Map.of(), NOW));
    }

    private static JWTClaimsSet claimsOf(String token) throws Exception {
        return SignedJWT.parse(token).getJWTClaimsSet();
    }
}
