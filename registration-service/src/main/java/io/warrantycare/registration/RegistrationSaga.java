package io.warrantycare.registration;

import io.warrantycare.contracts.CardReprinted;
import io.warrantycare.contracts.CustomerErased;
import io.warrantycare.contracts.DomainEvent;
import io.warrantycare.contracts.EnrollmentApproved;
import io.warrantycare.contracts.EnrollmentRejected;
import io.warrantycare.contracts.ExtensionRejected;
import io.warrantycare.contracts.IndividualNumbers;
import io.warrantycare.contracts.OwnershipRecorded;
import io.warrantycare.contracts.SaleDeclared;
import io.warrantycare.contracts.SaleVoided;
import io.warrantycare.contracts.WarrantyExtended;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * registration-service's part of the choreographed saga: what it does with the events of warranty-service
 * (products and outcomes) and crm-service (enrollment decisions, erasures). Every handler is idempotent.
 */
@Service
public class RegistrationSaga {

    private static final Logger log = LoggerFactory.getLogger(RegistrationSaga.class);

    private final ProductReadModel products;
    private final Registrations registrations;
    private final RegistrationService registrationService;
    private final SagaEvents events;
    private final OutboxRelay relay;
    private final Clock clock;

    RegistrationSaga(ProductReadModel products, Registrations registrations,
            RegistrationService registrationService, SagaEvents events, OutboxRelay relay, Clock clock) {
        this.products = products;
        this.registrations = registrations;
        this.registrationService = registrationService;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    /** Handles one event; types registration has no use for are ignored. */
    public Mono<Void> on(DomainEvent event) {
        return Mono.defer(() -> dispatch(event));
    }

    private Mono<Void> dispatch(DomainEvent event) {
        if (event instanceof SaleDeclared sale) {
            requireNi(sale.ni(), event);
            if (sale.purchaseDate() == null || sale.cardVersion() < 1) {
                throw new MalformedEventException("SaleDeclared " + event.eventId() + " lacks its purchase date or card version");
            }
            return products.apply(sale).then(registrationService.releaseWaiting(sale.ni()));
        }
        if (event instanceof SaleVoided voided) {
            requireNi(voided.ni(), event);
            return products.apply(voided);
        }
        if (event instanceof CardReprinted reprint) {
            requireNi(reprint.ni(), event);
            return products.apply(reprint);
        }
        if (event instanceof EnrollmentApproved approved) {
            requireRegistration(approved.registrationId(), event);
            return registrations.approve(approved.registrationId(), approved.customerId()).then();
        }
        if (event instanceof EnrollmentRejected rejected) {
            requireRegistration(rejected.registrationId(), event);
            return finish(rejected.registrationId(), RegistrationStatus.REJECTED, null, reasonOf(rejected.reason(), event),
                    null, rejected.customerId());
        }
        if (event instanceof WarrantyExtended extended) {
            requireRegistration(extended.registrationId(), event);
            requireNi(extended.ni(), event);
            return products.apply(extended).then(finish(extended.registrationId(), RegistrationStatus.COMPLETED,
                    Outcomes.EXTENSION_ACTIVATED, null, extended.coverageEnd(), extended.customerId()));
        }
        if (event instanceof OwnershipRecorded recorded) {
            requireRegistration(recorded.registrationId(), event);
            requireNi(recorded.ni(), event);
            return products.apply(recorded).then(finish(recorded.registrationId(), RegistrationStatus.COMPLETED,
                    Outcomes.ALREADY_EXTENDED, null, recorded.coverageEnd(), recorded.customerId()));
        }
        if (event instanceof ExtensionRejected rejected) {
            requireRegistration(rejected.registrationId(), event);
            return finish(rejected.registrationId(), RegistrationStatus.REJECTED, null, reasonOf(rejected.reason(), event),
                    rejected.coverageEnd(), rejected.customerId());
        }
        if (event instanceof CustomerErased erased) {
            if (erased.customerId() == null || erased.customerId().isBlank()) {
                throw new MalformedEventException("CustomerErased " + event.eventId() + " names no customer");
            }
            return registrations.eraseCustomer(erased.customerId(), clock.instant())
                    .doOnNext(count -> Correlation.run(event.correlationId(),
                            () -> log.info("Erased the personal data of {} registration(s) of a customer", count)))
                    .then();
        }
        log.debug("Ignoring {} {}", event.getClass().getSimpleName(), event.eventId());
        return Mono.empty();
    }

    /**
     * The final state of a submitted registration, with its RegistrationCompleted in the same conditional update:
     * a repeated or late answer finds the registration no longer PENDING and publishes nothing.
     */
    private Mono<Void> finish(String registrationId, RegistrationStatus status, String outcome, String reason,
            LocalDate coverageEnd, String customerId) {
        return registrations.findById(registrationId)
                .filter(Registration::submitted)
                .flatMap(registration -> {
                    Instant now = clock.instant();
                    OutboxEntry completed = events.completed(registration, status, outcome, reason, coverageEnd, customerId);
                    return registrations.finish(registrationId, status, outcome, reason, coverageEnd, customerId, completed, now)
                            .filter(Boolean::booleanValue)
                            .flatMap(applied -> {
                                Correlation.run(registration.correlationId(), () -> log.info(
                                        "Registration {} for NI {}: {} {}", registrationId, registration.ni(), status,
                                        outcome != null ? outcome : reason));
                                return relay.relay(registrationId, List.of(completed));
                            });
                });
    }

    private static String reasonOf(String reason, DomainEvent event) {
        if (reason == null || reason.isBlank()) {
            throw new MalformedEventException(event.getClass().getSimpleName() + " " + event.eventId() + " gives no reason");
        }
        return reason;
    }

    private static void requireRegistration(String registrationId, DomainEvent event) {
        if (registrationId == null || registrationId.isBlank()) {
            throw new MalformedEventException(event.getClass().getSimpleName() + " " + event.eventId() + " names no registration");
        }
    }

    private static void requireNi(String ni, DomainEvent event) {
        if (IndividualNumbers.canonical(ni).filter(canonical -> canonical.equals(ni)).isEmpty()) {
            throw new MalformedEventException(event.getClass().getSimpleName() + " " + event.eventId() + " has no canonical NI");
        }
    }
}
