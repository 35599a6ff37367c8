package io.warrantycare.kit.messaging;

import io.warrantycare.contracts.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Relays outbox entries to Kafka: right after the write that stored them, and from a periodic sweep for whatever a
 * crash or a broker outage left behind. An entry leaves its document ({@code $pull} by event id on the
 * {@code outbox} array) only once the broker acknowledged it, so delivery is at least once; consumers deduplicate.
 * One thread hands records to the producer in the order of the writes, which keeps the per-key order on the topic.
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {

    /** The array field of an aggregate document that holds its pending events. */
    public static final String FIELD = "outbox";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final KafkaTemplate<String, String> kafka;
    private final ReactiveMongoTemplate mongo;
    private final MessagingProperties.Outbox settings;
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Scheduler sender = Schedulers.newSingle("outbox-relay", true);
    private volatile Disposable sweeper;

    public OutboxRelay(KafkaTemplate<String, String> kafka, ReactiveMongoTemplate mongo,
            MessagingProperties properties, Clock clock) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.settings = properties.outbox();
        this.clock = clock;
    }

    /** Sends the entries a write just stored, without waiting: the write already made them durable. */
    public void publishWritten(String collection, Object documentId, List<OutboxEntry> entries) {
        relay(collection, documentId, entries).subscribe();
    }

    /**
     * Sends the entries and removes each from its document once acknowledged. Never fails: what cannot be sent now
     * stays in the document for the sweep.
     */
    public Mono<Void> relay(String collection, Object documentId, List<OutboxEntry> entries) {
        return Flux.fromIterable(entries)
                .concatMap(entry -> sendOne(collection, documentId, entry).onErrorResume(failure -> {
                    logLater(entry, collection, failure);
                    return Mono.empty();
                }))
                .then();
    }

    /** One pass over every outbox collection; answers the number of documents that had due entries. */
    public Mono<Long> sweepOnce() {
        Instant youngest = clock.instant().minus(settings.sweepMinAge());
        return Flux.fromIterable(settings.collections())
                .concatMap(collection -> mongo.find(
                                Query.query(Criteria.where(FIELD + ".0").exists(true)).limit(settings.sweepBatch()),
                                Document.class, collection)
                        .concatMap(document -> {
                            List<OutboxEntry> due = entriesOf(document).stream()
                                    .filter(entry -> entry.createdAt() == null || !entry.createdAt().isAfter(youngest))
                                    .toList();
                            return relay(collection, document.get("_id"), due).thenReturn(due.isEmpty() ? 0L : 1L);
                        }))
                .reduce(0L, Long::sum);
    }

    private Mono<Void> sendOne(String collection, Object documentId, OutboxEntry entry) {
        return Mono.defer(() -> {
            if (!inFlight.add(entry.eventId())) {
                return Mono.empty();
            }
            ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic(), entry.key(), entry.payload());
            record.headers().add(EventHeaders.TYPE, entry.type().getBytes(StandardCharsets.UTF_8));
            if (entry.correlationId() != null) {
                record.headers().add(EventHeaders.CORRELATION_ID,
                        entry.correlationId().getBytes(StandardCharsets.UTF_8));
            }
            return Mono.fromFuture(() -> kafka.send(record))
                    .subscribeOn(sender)
                    .timeout(settings.sendTimeout())
                    .then(mongo.updateFirst(Query.query(Criteria.where("_id").is(documentId)),
                            new Update().pull(FIELD, new Document("eventId", entry.eventId())), collection))
                    .then()
                    .doFinally(signal -> inFlight.remove(entry.eventId()));
        });
    }

    @SuppressWarnings("unchecked")
    static List<OutboxEntry> entriesOf(Document document) {
        Object pending = document.get(FIELD);
        if (!(pending instanceof List<?> list)) {
            return List.of();
        }
        return ((List<Object>) list).stream()
                .filter(Document.class::isInstance)
                .map(Document.class::cast)
                .map(entry -> new OutboxEntry(entry.getString("eventId"), entry.getString("topic"),
                        entry.getString("key"), entry.getString("type"), entry.getString("payload"),
                        entry.getString("correlationId"), instant(entry.get("createdAt"))))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value instanceof Instant instant ? instant : null;
    }

    private static void logLater(OutboxEntry entry, String collection, Throwable failure) {
        try (var ignored = MDC.putCloseable(EventHeaders.CORRELATION_ID, entry.correlationId())) {
            log.warn("{} {} in {} is not published yet ({}); the outbox sweep will retry", entry.type(),
                    entry.eventId(), collection, failure.toString());
        }
    }

    @Override
    public void start() {
        if (settings.collections().isEmpty()) {
            return;
        }
        sweeper = Flux.interval(settings.sweepInterval(), settings.sweepInterval())
                .onBackpressureDrop()
                .concatMap(tick -> sweepOnce().onErrorResume(failure -> {
                    log.warn("Outbox sweep failed: {}", failure.toString());
                    return Mono.empty();
                }), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable running = sweeper;
        if (running != null) {
            running.dispose();
        }
        sweeper = null;
    }

    @Override
    public boolean isRunning() {
        return sweeper != null;
    }

    @Override
    public void destroy() {
        sender.dispose();
    }
}
