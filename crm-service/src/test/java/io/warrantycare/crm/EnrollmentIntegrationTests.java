package io.warrantycare.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.warrantycare.contracts.RegistrationSubmitted;
import io.warrantycare.contracts.Topics;
import io.warrantycare.testsupport.TopicProbe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

class EnrollmentIntegrationTests extends CrmIntegrationTest {

    @Autowired
    EnrollmentService enrollment;

    @Test
    void approvesRegistrationWithMarketingConsent() {
        RegistrationSubmitted registration = registration(newNi(), newEmail(), true, "ES");
        submit(registration);

        TopicProbe.Seen approved = awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", registration.registrationId());
        JsonNode event = read(approved);
        assertThat(approved.key()).isEqualTo(registration.ni());
        assertThat(approved.correlationId()).isEqualTo(registration.correlationId());
        assertThat(event.get("ni").asString()).isEqualTo(registration.ni());
        assertThat(event.get("ownership").asString()).isEqualTo("BUYER");
        assertThat(event.get("registeredOn").asString()).isEqualTo("2026-03-14");
        assertThat(event.get("correlationId").asString()).isEqualTo(registration.correlationId());
        String customerId = event.get("customerId").asString();

        TopicProbe.Seen granted = awaitOne(Topics.CONSENT, "ConsentGranted", customerId);
        assertThat(granted.key()).isEqualTo(customerId);
        JsonNode grant = read(granted);
        assertThat(grant.get("purpose").asString()).isEqualTo("MARKETING");
        assertThat(grant.get("source").asString()).isEqualTo("QR");
        assertThat(grant.get("noticeVersion").asString()).isEqualTo("2026-01");
        assertThat(grant.get("country").asString()).isEqualTo("ES");
        assertThat(grant.get("correlationId").asString()).isEqualTo(registration.correlationId());
    }

    @Test
    void rejectsRegistrationWithoutMarketingConsent() {
        RegistrationSubmitted registration = registration(newNi(), newEmail(), false, "FR");
        submit(registration);

        JsonNode rejected = read(awaitOne(Topics.ENROLLMENT, "EnrollmentRejected", registration.registrationId()));
        assertThat(rejected.get("reason").asString()).isEqualTo("MARKETING_CONSENT_REQUIRED");
        assertThat(decisionsFor(registration.registrationId())).hasSize(1);
        Customer customer = mongo.findById(rejected.get("customerId").asString(), Customer.class).block();
        assertThat(customer.consentHistory()).isEmpty();
        assertThat(customer.hasGranted(ConsentPurpose.MARKETING)).isFalse();
    }

    @Test
    void approvesWithoutConsentInAMarketWhereTheRuleIsSwitchedOff() {
        RegistrationSubmitted registration = registration(newNi(), newEmail(), false, "ch");
        submit(registration);

        JsonNode approved = read(awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", registration.registrationId()));
        assertThat(probe.seen(Topics.CONSENT, null, approved.get("customerId").asString())).isEmpty();
    }

    @Test
    void decidesARedeliveredRegistrationOnlyOnce() {
        String email = newEmail();
        RegistrationSubmitted registration = registration(newNi(), email, true, "ES");
        RegistrationSubmitted later = registration(registration.ni(), newEmail(), true, "ES");
        submit(registration);
        submit(registration);
        submit(later);

        awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", later.registrationId());
        assertThat(decisionsFor(registration.registrationId())).hasSize(1);
        String customerId = read(decisionsFor(registration.registrationId()).get(0)).get("customerId").asString();
        assertThat(probe.seen(Topics.CONSENT, "ConsentGranted", customerId)).hasSize(1);
        assertThat(mongo.count(query(where("emailKey").is(email)), Customer.class).block()).isEqualTo(1);
        Customer customer = mongo.findById(customerId, Customer.class).block();
        assertThat(customer.decidedRegistrations()).containsExactly(registration.registrationId());
        assertThat(customer.consentHistory()).hasSize(1);
    }

    @Test
    void keepsOneCustomerPerAddressWhateverItsCase() {
        String email = newEmail();
        RegistrationSubmitted first = registration(newNi(), "  " + email.toUpperCase() + " ", true, "ES");
        RegistrationSubmitted second = registration(newNi(), email, true, "ES");
        submit(first);
        submit(second);

        String firstCustomer = read(awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", first.registrationId())).get("customerId").asString();
        String secondCustomer = read(awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", second.registrationId())).get("customerId").asString();
        assertThat(secondCustomer).isEqualTo(firstCustomer);
        assertThat(mongo.count(query(where("emailKey").is(email)), Customer.class).block()).isEqualTo(1);
    }

    @Test
    void createsOneCustomerUnderConcurrentFirstRegistrations() {
        String email = newEmail();
        List<EnrollmentOutcome> outcomes = Flux.range(0, 8)
                .flatMap(i -> enrollment.decide(registration(newNi(), i % 2 == 0 ? email : email.toUpperCase(), true, "ES"),
                        "corr-concurrent"), 8)
                .collectList()
                .block(PATIENCE);

        assertThat(outcomes).hasSize(8).allMatch(outcome -> outcome.decision() == EnrollmentOutcome.Decision.APPROVED);
        assertThat(outcomes.stream().map(EnrollmentOutcome::customerId).distinct()).hasSize(1);
        assertThat(mongo.count(query(where("emailKey").is(email)), Customer.class).block()).isEqualTo(1);
        Customer customer = mongo.findById(outcomes.get(0).customerId(), Customer.class).block();
        assertThat(customer.decidedRegistrations()).hasSize(8);
        assertThat(outcomes.stream().filter(EnrollmentOutcome::consentGranted)).hasSize(1);
    }

    @Test
    void keepsAnEarlierGrantWhenALaterFormIsLeftUnticked() {
        String email = newEmail();
        RegistrationSubmitted withConsent = registration(newNi(), email, true, "ES");
        submit(withConsent);
        String customerId = read(awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", withConsent.registrationId()))
                .get("customerId").asString();

        RegistrationSubmitted unticked = registration(newNi(), email, false, "ES");
        submit(unticked);

        awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", unticked.registrationId());
        Customer customer = mongo.findById(customerId, Customer.class).block();
        assertThat(customer.hasGranted(ConsentPurpose.MARKETING)).isTrue();
        assertThat(customer.consentHistory()).hasSize(1);
        assertThat(probe.seen(Topics.CONSENT, "ConsentWithdrawn", customerId)).isEmpty();
    }

    @Test
    void sendsAPoisonRecordToTheDeadLetterTopicAndKeepsThePartitionFlowing() {
        String ni = newNi();
        probe.send(Topics.REGISTRATIONS, ni, "RegistrationSubmitted", "{\"registrationId\": \"" + ni + "\", oops");
        RegistrationSubmitted good = registration(ni, newEmail(), true, "ES");
        submit(good);

        TopicProbe.Seen dead = awaitOne(Topics.deadLetterOf(Topics.REGISTRATIONS), "RegistrationSubmitted", ni);
        assertThat(dead.key()).isEqualTo(ni);
        awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", good.registrationId());
    }

    @Test
    void skipsEventTypesItDoesNotHandle() {
        String ni = newNi();
        probe.send(Topics.REGISTRATIONS, ni, "RegistrationCompleted", "{\"ni\": \"" + ni + "\"}");
        probe.send(Topics.REGISTRATIONS, ni, "SomethingAddedLater", "not even json " + ni);
        RegistrationSubmitted good = registration(ni, newEmail(), true, "ES");
        submit(good);

        awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", good.registrationId());
        assertThat(probe.seen(Topics.deadLetterOf(Topics.REGISTRATIONS), null, ni)).isEmpty();
        assertThat(probe.seen(seen -> seen.topic().equals(Topics.ENROLLMENT) && ni.equals(seen.key()))).hasSize(1);
    }

    @Test
    void readsRegistrationsWithFieldsItDoesNotKnow() {
        RegistrationSubmitted registration = registration(newNi(), newEmail(), true, "ES");
        Map<String, Object> withExtra = new java.util.LinkedHashMap<>(json.convertValue(registration, Map.class));
        withExtra.put("addedInALaterVersion", Map.of("anything", 1));
        probe.send(Topics.REGISTRATIONS, registration.ni(), "RegistrationSubmitted", json.writeValueAsString(withExtra));

        JsonNode approved = read(awaitOne(Topics.ENROLLMENT, "EnrollmentApproved", registration.registrationId()));
        assertThat(approved.has("addedInALaterVersion")).isFalse();
    }
}
