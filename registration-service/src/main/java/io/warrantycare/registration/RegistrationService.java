package io.warrantycare.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Accepts registrations, decides what registration-service decides itself (proof of possession, voided sale,
 * no declaration in time) and releases the registrations that arrived before their sale (CC-17).
 */
@Service
public class RegistrationService {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);
    private static final Pattern REGISTRATION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int SWEEP_BATCH = 100;

    private final ProductReadModel products;
    private final Registrations registrations;
    private final WaitingList waiting;
    private final ProofOfPossession proofs;
    private final SagaEvents events;
    private final OutboxRelay relay;
    private final RegistrationProperties properties;
    private final Clock clock;

    RegistrationService(ProductReadModel products, Registrations registrations, WaitingList waiting,
            ProofOfPossession proofs, SagaEvents events, OutboxRelay relay, RegistrationProperties properties, Clock clock) {
        this.products = products;
        this.registrations = registrations;
        this.waiting = waiting;
        this.proofs = proofs;
        this.events = events;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores the registration and answers its id. Known and unknown NIs take the same path to the same answer, so the
     * answer tells nothing about the product. With an idempotency key, the unique index on it makes a repeat collide:
     * the same body gets the first id back, another body {@link IdempotencyKeyReusedException}.
     */
    public Mono<String> submit(NewRegistration request, String idempotencyKey, String requestHash, String correlationId) {
        Instant now = clock.instant();
        Registration received = new Registration(UUID.randomUUID().toString(), request.ni(), RegistrationStatus.PENDING,
                Stage.AWAITING_SALE, null, null, request.ownership().name(), request.customer(),
                request.marketingConsent(), request.privacyNoticeVersion(), proofs.claim(request), false, null,
                LocalDate.now(clock), now, now.plus(properties.pendingTimeout()), null, null, null, null,
                idempotencyKey, requestHash, correlationId, List.of());
        return products.find(request.ni())
                .map(product -> admit(received, product, now))
                .defaultIfEmpty(received)
                .flatMap(registration -> registrations.insert(registration)
                        .flatMap(stored -> afterInsert(stored).thenReturn(stored.id()))
                        .onErrorResume(DuplicateKeyException.class, repeat -> idempotencyKey == null
                                ? Mono.error(repeat) : replay(idempotencyKey, requestHash)));
    }

    public Mono<RegistrationView> find(String id) {
        if (id == null || !REGISTRATION_ID.matcher(id).matches()) {
            return Mono.error(new UnknownRegistrationException());
        }
        return registrations.findById(id)
                .switchIfEmpty(Mono.error(UnknownRegistrationException::new))
                .flatMap(registration -> warrantyOf(registration)
                        .map(Optional::of).defaultIfEmpty(Optional.empty())
                        .map(warranty -> new RegistrationView(registration.id(), registration.ni(),
                                registration.status().name(), registration.outcome(), registration.reason(),
                                warranty.orElse(null))));
    }

    /**
     * The QR landing page's data. A token that does not open the product's current card answers like an unknown NI,
     * so that a forged or revoked token cannot confirm that a product exists.
     */
    public Mono<Prefill> prefill(String printedNi, String cardToken) {
        return Mono.fromCallable(() -> RegistrationFormValidator.canonicalNi(printedNi))
                .flatMap(ni -> products.find(ni)
                        .filter(product -> !product.voided())
                        .filter(product -> cardToken == null || cardToken.isBlank()
                                || proofs.opensCurrentCard(ni, cardToken.strip(), product)))
                .switchIfEmpty(Mono.error(UnknownProductException::new))
                .map(product -> new Prefill(product.ni(), product.brand(), product.reference(), product.collection(),
                        product.extensionOpenOn(LocalDate.now(clock)), product.extensionDeadline()));
    }

    /** After a SaleDeclared: the registrations that were waiting for this NI are checked and submitted or rejected. */
    Mono<Void> releaseWaiting(String ni) {
        return products.find(ni)
                .flatMapMany(product -> waiting.of(ni).flatMapMany(Flux::fromIterable)
                        .concatMap(registrationId -> release(registrationId, product)))
                .then();
    }

    /**
     * Rejects the registrations whose sale was not declared within the pending timeout (UNKNOWN_PRODUCT). One whose
     * sale did arrive but that missed the release (a crash between two writes) is released instead.
     */
    public Mono<Long> expireWaiting() {
        Instant now = clock.instant();
        return registrations.awaitingSaleExpiredAt(now, SWEEP_BATCH)
                .concatMap(registration -> products.find(registration.ni())
                        .flatMap(product -> release(registration.id(), product).thenReturn(true))
                        .switchIfEmpty(Mono.defer(() -> rejectUnknown(registration, now).thenReturn(true))))
                .count();
    }

    private Registration admit(Registration received, Product product, Instant now) {
        Optional<String> rejection = ProofOfPossession.rejection(received.proof(), product);
        if (rejection.isPresent()) {
            Registration rejected = received.rejectedBeforeSubmission(rejection.get(), product.brand(),
                    !Outcomes.PROOF_OF_POSSESSION_FAILED.equals(rejection.get()), now);
            return rejected.withOutbox(List.of(events.completed(rejected, RegistrationStatus.REJECTED, null,
                    rejection.get(), null, null)));
        }
        Registration submitted = received.submittedFor(product.brand());
        return submitted.withOutbox(List.of(events.submitted(submitted)));
    }

    /**
     * The waiting list and the product are written in opposite orders by this method and by the SaleDeclared handler,
     * so whichever comes second sees the other's write: a registration racing its declaration is never stranded.
     */
    private Mono<Void> afterInsert(Registration stored) {
        logState(stored);
        if (!stored.awaitingSale()) {
            return relay.relay(stored.id(), stored.outbox());
        }
        return waiting.add(stored.ni(), stored.id())
                .then(products.find(stored.ni()))
                .flatMap(product -> release(stored.id(), product));
    }

    private Mono<String> replay(String idempotencyKey, String requestHash) {
        return registrations.findByIdempotencyKey(idempotencyKey)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("Idempotency key collided but is not stored")))
                .flatMap(first -> first.requestHash().equals(requestHash)
                        ? Mono.just(first.id()) : Mono.error(new IdempotencyKeyReusedException()));
    }

    private Mono<Void> release(String registrationId, Product product) {
        return registrations.findById(registrationId)
                .filter(Registration::awaitingSale)
                .flatMap(registration -> {
                    Optional<String> rejection = ProofOfPossession.rejection(registration.proof(), product);
                    if (rejection.isPresent()) {
                        Instant now = clock.instant();
                        Registration rejected = registration.rejectedBeforeSubmission(rejection.get(), product.brand(),
                                !Outcomes.PROOF_OF_POSSESSION_FAILED.equals(rejection.get()), now);
                        OutboxEntry completed = events.completed(rejected, RegistrationStatus.REJECTED, null,
                                rejection.get(), null, null);
                        return registrations.rejectBeforeSubmission(registrationId, rejection.get(), product.brand(),
                                        rejected.proofVerified(), completed, now)
                                .flatMap(applied -> published(applied, rejected, completed));
                    }
                    Registration submitted = registration.submittedFor(product.brand());
                    OutboxEntry entry = events.submitted(submitted);
                    return registrations.submitAfterDeclaration(registrationId, product.brand(), entry)
                            .flatMap(applied -> published(applied, submitted, entry));
                })
                .then(waiting.remove(product.ni(), List.of(registrationId)));
    }

    private Mono<Void> rejectUnknown(Registration registration, Instant now) {
        Registration rejected = registration.rejectedBeforeSubmission(Outcomes.UNKNOWN_PRODUCT, null, false, now);
        OutboxEntry completed = events.completed(rejected, RegistrationStatus.REJECTED, null, Outcomes.UNKNOWN_PRODUCT,
                null, null);
        return registrations.rejectBeforeSubmission(registration.id(), Outcomes.UNKNOWN_PRODUCT, null, false, completed, now)
                .flatMap(applied -> published(applied, rejected, completed))
                .then(waiting.remove(registration.ni(), List.of(registration.id())));
    }

    private Mono<Void> published(boolean applied, Registration state, OutboxEntry entry) {
        if (!applied) {
            return Mono.empty();
        }
        logState(state);
        return relay.relay(state.id(), List.of(entry));
    }

    private Mono<WarrantyView> warrantyOf(Registration registration) {
        if (!registration.proofVerified()) {
            return Mono.empty();
        }
        return products.find(registration.ni()).map(product -> WarrantyView.of(product, LocalDate.now(clock)));
    }

    private static void logState(Registration registration) {
        Correlation.run(registration.correlationId(), () -> log.info("Registration {} for NI {}: {} {}{}",
                registration.id(), registration.ni(), registration.status(), registration.stage(),
                registration.reason() == null ? "" : " " + registration.reason()));
    }
}
