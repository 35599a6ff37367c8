package io.warrantycare.crm;

import io.warrantycare.contracts.WithdrawalConfirmationRequested;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Asks for the confirmation mail of a withdrawal: one document per request, inserted with its
 * WithdrawalConfirmationRequested already in the outbox (one single-document write), then relayed like every outbox.
 */
@Component
class WithdrawalConfirmations implements InitializingBean {

    private static final Duration INDEX_TIMEOUT = Duration.ofSeconds(30);
    private final ReactiveMongoTemplate mongo;
    private final OutboxEntries entries;
    private final OutboxRelay relay;
    private final Clock clock;

    WithdrawalConfirmations(ReactiveMongoTemplate mongo, OutboxEntries entries, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.entries = entries;
        this.relay = relay;
        this.clock = clock;
    }

    /** The sweep looks for stale outbox entries in a collection that grows with every public request. */
    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(WithdrawalConfirmation.class)
                .createIndex(new Index().on(OutboxHolder.OUTBOX + ".createdAt", Sort.Direction.ASC).named("outbox_createdAt"))
                .block(INDEX_TIMEOUT);
    }

    /**
     * {@code language} is the known customer's own tag, or null: the mail goes to the address, so writing it in its
     * owner's language tells the HTTP caller nothing.
     */
    Mono<Void> request(String emailKey, String language, ConsentPurpose purpose, String correlationId) {
        Instant now = clock.instant();
        String requestId = UUID.randomUUID().toString();
        WithdrawalConfirmationRequested event = new WithdrawalConfirmationRequested(UUID.randomUUID().toString(), now,
                correlationId, requestId, emailKey, language, purpose.name());
        return mongo.insert(new WithdrawalConfirmation(requestId, purpose.name(), correlationId, now,
                        List.of(entries.of(event, now))))
                .flatMap(relay::relay);
    }
}
