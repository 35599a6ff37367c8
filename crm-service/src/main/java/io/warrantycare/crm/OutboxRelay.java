package io.warrantycare.crm;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Relays a document's outbox (a customer's, a withdrawal confirmation's) to Kafka right after the write that filled
 * it, and sweeps every such collection for what a crash or a broker outage left behind. Entries go out in the order
 * they were written (the consent feed is ordered per customer) and leave the outbox only on the broker's
 * acknowledgement, so delivery is at least once; consumers deduplicate on eventId.
 */
@Component
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private final OutboxDocuments documents;
    private final EventSender sender;
    private final OutboxProperties properties;
    private final Clock clock;

    OutboxRelay(OutboxDocuments documents, EventSender sender, OutboxProperties properties, Clock clock) {
        this.documents = documents;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    /** Publishes what the document's outbox holds; a failure leaves the entries to the sweep and is not an error. */
    Mono<Void> relay(OutboxHolder holder) {
        if (holder.outbox().isEmpty()) {
            return Mono.empty();
        }
        return Flux.fromIterable(holder.outbox())
                .concatMap(entry -> sender.send(entry).then(documents.acknowledge(holder, entry.eventId())))
                .then()
                .timeout(properties.publishTimeout())
                .onErrorResume(failure -> {
                    log.warn("Outbox of {} {} not relayed now ({}); the sweep retries", documents.collectionOf(holder),
                            holder.id(), failure.getClass().getSimpleName());
                    return Mono.empty();
                });
    }

    /** Republishes entries older than {@code min-age}: younger ones are still in the hands of their own relay. */
    public Mono<Long> sweep() {
        return documents.withEntriesOlderThan(clock.instant().minus(properties.minAge()))
                .concatMap(holder -> relay(holder).thenReturn(holder))
                .count();
    }
}
