package io.warrantycare.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.warrantycare.contracts.CustomerDetails;
import io.warrantycare.contracts.RegistrationCompleted;
import io.warrantycare.contracts.RegistrationSubmitted;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The only test class with its own context: a pending timeout of seconds instead of a day (CC-17). */
@TestPropertySource(properties = {
        "warrantycare.registration.pending-timeout=3s",
        "warrantycare.registration.pending-sweep-interval=500ms"})
class PendingTimeoutIntegrationTests extends RegistrationIntegrationTestSupport {

    @Test
    void rejectsARegistrationWhoseSaleIsNeverDeclared() {
        String ni = newNi();
        String email = newEmail();

        String registrationId = register(body(ni, CARDS.issue(ni, 1), null, email, true));

        JsonNode view = awaitStatus(registrationId, "REJECTED");
        assertThat(view.get("reason").asString()).isEqualTo(Outcomes.UNKNOWN_PRODUCT);
        assertThat(view.get("warranty").isNull()).isTrue();
        RegistrationCompleted completed = read(awaitPublished("RegistrationCompleted", registrationId), RegistrationCompleted.class);
        assertThat(completed.status()).isEqualTo("REJECTED");
        assertThat(completed.reason()).isEqualTo(Outcomes.UNKNOWN_PRODUCT);
        assertThat(completed.email()).isEqualTo(email);
        assertThat(completed.brand()).isNull();
        eventually().until(() -> mongo.findById(ni, WaitingList.Waiting.class).block() == null);
    }

    @Test
    void submitsAWaitingRegistrationWhoseReleaseWasMissedInsteadOfRejectingIt() {
        String ni = newNi();
        declare(ni, today().minusDays(5));
        String registrationId = id();
        Instant earlier = Instant.now().minusSeconds(10);
        mongo.insert(new Registration(registrationId, ni, RegistrationStatus.PENDING, Stage.AWAITING_SALE, null, null,
                "BUYER", new CustomerDetails("Ana", "García", newEmail(), null, "ES", "es"), true, "2026-01",
                ClaimedProof.card(1), false, null, today(), earlier, earlier, null, null, null, null, null, null,
                "missed-" + ni, List.of())).block();

        RegistrationSubmitted submitted = read(awaitPublished("RegistrationSubmitted", registrationId), RegistrationSubmitted.class);

        assertThat(submitted.ni()).isEqualTo(ni);
        assertThat(registration(registrationId).get("status").asString()).isEqualTo("PENDING");
    }
}
