package io.warrantycare.crm;

import io.warrantycare.contracts.ConsentGranted;
import io.warrantycare.contracts.CustomerDetails;
import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EnrollmentApproved;
import io.warrantycare.contracts.EnrollmentRejected;
import io.warrantycare.contracts.RegistrationSubmitted;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Decides enrollment for a submitted registration (CC-8, CC-12) and records the consent it carries. The decision,
 * the consent record, the new contact details, the registration id (idempotency) and the events all go into one
 * conditional update of the customer document; a redelivered registration changes nothing and publishes nothing.
 */
@Service
public class EnrollmentService {

    static final String DATA_SUBJECT = "data-subject";
    static final String WEB = "WEB";
    static final String REGISTRATION = "REGISTRATION";
    private static final int MAX_ATTEMPTS = 10;

    private final CustomerStore store;
    private final MarketingConsentRule rule;
    private final OutboxEntries entries;
    private final OutboxRelay relay;
    private final Clock clock;

    EnrollmentService(CustomerStore store, MarketingConsentRule rule, OutboxEntries entries, OutboxRelay relay, Clock clock) {
        this.store = store;
        this.rule = rule;
        this.entries = entries;
        this.relay = relay;
        this.clock = clock;
    }

    public Mono<EnrollmentOutcome> decide(RegistrationSubmitted registration, String correlationId) {
        return EmailAddresses.normalise(registration.customer() == null ? null : registration.customer().email())
                .map(emailKey -> store.hasDecided(registration.registrationId()).flatMap(decided -> decided
                        ? Mono.just(EnrollmentOutcome.alreadyDecided(registration.registrationId(), null))
                        : store.ensure(emailKey, clock.instant())
                                .flatMap(customer -> attempt(customer, emailKey, registration, correlationId, 1))))
                .orElseGet(() -> Mono.error(new IllegalArgumentException("RegistrationSubmitted without a usable e-mail address")));
    }

    private Mono<EnrollmentOutcome> attempt(Customer customer, String emailKey, RegistrationSubmitted registration,
            String correlationId, int attempt) {
        if (customer.hasDecided(registration.registrationId())) {
            return store.markDecided(registration.registrationId(), customer.id(), clock.instant())
                    .thenReturn(EnrollmentOutcome.alreadyDecided(registration.registrationId(), customer.id()));
        }
        Instant now = clock.instant();
        CustomerDetails details = registration.customer();
        EnrollmentRules.Plan plan = EnrollmentRules.plan(customer.hasGranted(ConsentPurpose.MARKETING),
                registration.marketingConsent(), rule.requiredIn(details.country()));

        Update update = new Update()
                .push(Customer.DECIDED_REGISTRATIONS, registration.registrationId())
                .set(Customer.CONTACT, new Contact(details.givenName(), details.familyName(), details.email().trim(),
                        details.phone(), details.country(), details.language()));
        List<DomainEvent> events = new ArrayList<>();
        if (plan.recordsGrant()) {
            ConsentRecord grant = new ConsentRecord(ConsentPurpose.MARKETING, ConsentStatus.GRANTED, now, WEB,
                    registration.source() == null ? REGISTRATION : registration.source(),
                    registration.privacyNoticeVersion(), details.country(), DATA_SUBJECT, registration.registrationId());
            update.push(Customer.CONSENT_HISTORY, grant).set(Customer.CURRENT_CONSENTS + "." + ConsentPurpose.MARKETING, grant);
            if (plan.publishesGrant()) {
                events.add(new ConsentGranted(newId(), now, correlationId, customer.id(), grant.purpose().name(),
                        grant.channel(), grant.source(), grant.noticeVersion(), grant.country()));
            }
        }
        events.add(plan.approved()
                ? new EnrollmentApproved(newId(), now, correlationId, registration.registrationId(), registration.ni(),
                        customer.id(), registration.ownership(), registration.registeredOn())
                : new EnrollmentRejected(newId(), now, correlationId, registration.registrationId(), registration.ni(),
                        customer.id(), EnrollmentRules.MARKETING_CONSENT_REQUIRED));
        update.push(Customer.OUTBOX).each(events.stream().map(event -> entries.of(event, now)).toArray());

        EnrollmentOutcome outcome = new EnrollmentOutcome(registration.registrationId(), customer.id(),
                plan.approved() ? EnrollmentOutcome.Decision.APPROVED : EnrollmentOutcome.Decision.REJECTED,
                plan.publishesGrant());
        Criteria notYetDecided = Criteria.where(Customer.DECIDED_REGISTRATIONS).ne(registration.registrationId());
        return store.update(customer, notYetDecided, update)
                .flatMap(updated -> relay.relay(updated)
                        .then(store.markDecided(registration.registrationId(), customer.id(), now)).thenReturn(outcome))
                .switchIfEmpty(Mono.defer(() -> retry(customer, emailKey, registration, correlationId, attempt)));
    }

    /** Someone changed the customer first (another registration, a withdrawal, an erasure): read again and re-decide. */
    private Mono<EnrollmentOutcome> retry(Customer stale, String emailKey, RegistrationSubmitted registration,
            String correlationId, int attempt) {
        if (attempt >= MAX_ATTEMPTS) {
            return Mono.error(new ConcurrentModificationException("Customer " + stale.id() + " kept changing"));
        }
        return store.ensure(emailKey, clock.instant())
                .flatMap(fresh -> attempt(fresh, emailKey, registration, correlationId, attempt + 1));
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
