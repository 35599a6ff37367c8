package io.warrantycare.crm;

import io.warrantycare.contracts.ConsentWithdrawn;
import io.warrantycare.contracts.CustomerErased;
import java.time.Clock;
import java.time.Instant;
import java.util.ConcurrentModificationException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Consent records after registration: reading them, the public withdrawal and the erasure of personal data.
 * Withdrawal never touches enrollment decisions: an extension granted on an earlier consent stays granted.
 */
@Service
public class ConsentService {

    static final String WITHDRAWAL_FORM = "WITHDRAWAL_FORM";
    private static final int MAX_ATTEMPTS = 10;

    private final CustomerStore store;
    private final OutboxEntries entries;
    private final OutboxRelay relay;
    private final WithdrawalConfirmations confirmations;
    private final Clock clock;

    ConsentService(CustomerStore store, OutboxEntries entries, OutboxRelay relay, WithdrawalConfirmations confirmations,
            Clock clock) {
        this.store = store;
        this.entries = entries;
        this.relay = relay;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    public Mono<Customer> customer(String customerId) {
        return store.byId(customerId).switchIfEmpty(Mono.error(() -> new UnknownCustomerException(customerId)));
    }

    /**
     * Withdraws the purpose for the customer of this address, if there is one. Every withdrawal is kept in the history;
     * the feed hears of it only when it ends a grant. Every withdrawal, known address or not, is then confirmed to the
     * address (crm.messages.v1), so the request completes the same way whether or not the address is known.
     */
    public Mono<WithdrawalOutcome> withdraw(String email, ConsentPurpose purpose, String actor, String correlationId) {
        return EmailAddresses.normalise(email)
                .map(emailKey -> store.byEmailKey(emailKey)
                        .flatMap(customer -> withdraw(customer, emailKey, purpose, actor, correlationId, 1))
                        .defaultIfEmpty(Withdrawal.UNKNOWN_ADDRESS)
                        .flatMap(withdrawal -> confirmations.request(emailKey, withdrawal.language(), purpose, correlationId)
                                .thenReturn(withdrawal.outcome())))
                .orElseGet(() -> Mono.just(WithdrawalOutcome.UNKNOWN_ADDRESS));
    }

    private Mono<Withdrawal> withdraw(Customer customer, String emailKey, ConsentPurpose purpose, String actor,
            String correlationId, int attempt) {
        Instant now = clock.instant();
        boolean endsGrant = customer.hasGranted(purpose);
        ConsentRecord withdrawal = new ConsentRecord(purpose, ConsentStatus.WITHDRAWN, now, EnrollmentService.WEB,
                WITHDRAWAL_FORM, customer.current(purpose).map(ConsentRecord::noticeVersion).orElse(null),
                customer.country().orElse(null), actor, null);
        Update update = new Update()
                .push(Customer.CONSENT_HISTORY, withdrawal)
                .set(Customer.CURRENT_CONSENTS + "." + purpose.name(), withdrawal);
        if (endsGrant) {
            update.push(Customer.OUTBOX, entries.of(new ConsentWithdrawn(UUID.randomUUID().toString(), now, correlationId,
                    customer.id(), purpose.name(), withdrawal.channel(), withdrawal.source(), withdrawal.noticeVersion(),
                    withdrawal.country()), now));
        }
        WithdrawalOutcome outcome = endsGrant ? WithdrawalOutcome.WITHDRAWN : WithdrawalOutcome.RECORDED;
        return store.update(customer, null, update)
                .flatMap(updated -> relay.relay(updated).thenReturn(new Withdrawal(outcome, updated.language().orElse(null))))
                .switchIfEmpty(Mono.defer(() -> {
                    if (attempt >= MAX_ATTEMPTS) {
                        return Mono.error(new ConcurrentModificationException("Customer " + customer.id() + " kept changing"));
                    }
                    return store.byEmailKey(emailKey)
                            .flatMap(fresh -> withdraw(fresh, emailKey, purpose, actor, correlationId, attempt + 1))
                            .defaultIfEmpty(Withdrawal.UNKNOWN_ADDRESS);
                }));
    }

    /**
     * Erases names, address, phone and language; the e-mail key becomes a marker derived from the id, so the unique
     * index still holds and nothing leads back to the address. Consent history (no personal data) stays as proof of
     * what was consented to. Idempotent: erasing again changes nothing and publishes nothing.
     */
    public Mono<Void> erase(String customerId, String actor, String correlationId) {
        return customer(customerId).flatMap(customer -> erase(customer, actor, correlationId, 1));
    }

    private Mono<Void> erase(Customer customer, String actor, String correlationId, int attempt) {
        if (customer.erased()) {
            return Mono.empty();
        }
        Instant now = clock.instant();
        Update update = new Update()
                .unset(Customer.CONTACT)
                .set(Customer.EMAIL_KEY, Customer.erasedEmailKey(customer.id()))
                .set(Customer.ERASURE, new Erasure(now, actor, correlationId))
                .push(Customer.OUTBOX, entries.of(new CustomerErased(UUID.randomUUID().toString(), now, correlationId,
                        customer.id()), now));
        return store.update(customer, null, update)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(updated -> {
                    if (updated.isPresent()) {
                        return relay.relay(updated.get());
                    }
                    if (attempt >= MAX_ATTEMPTS) {
                        return Mono.error(new ConcurrentModificationException("Customer " + customer.id() + " kept changing"));
                    }
                    return customer(customer.id()).flatMap(fresh -> erase(fresh, actor, correlationId, attempt + 1));
                });
    }

    public enum WithdrawalOutcome {
        WITHDRAWN,
        RECORDED,
        UNKNOWN_ADDRESS
    }

    /** What a withdrawal did, and the language of the customer it was recorded for (null when none). */
    private record Withdrawal(WithdrawalOutcome outcome, String language) {

        static final Withdrawal UNKNOWN_ADDRESS = new Withdrawal(WithdrawalOutcome.UNKNOWN_ADDRESS, null);
    }
}
