package io.warrantycare.warranty.messaging;

import io.warrantycare.contracts.EventHeaders;
import io.warrantycare.warranty.EventPublisher;
import io.warrantycare.warranty.OutboxEntry;
import io.warrantycare.warranty.ProductStore;
import io.warrantycare.warranty.WarrantySettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Relays outbox entries to Kafka: right after the write that stored them, and from a periodic sweep for entries a
 * crash or a broker outage left behind. An entry leaves its document ({@code $pull} by event id) only once the broker
 * acknowledged it, so delivery is at least once; consumers deduplicate.
 */
@Component
class OutboxRelay implements EventPublisher, SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final KafkaTemplate<String, String> kafka;
    private final ProductStore store;
    private final WarrantySettings.Outbox settings;
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    // One thread hands records to the producer in the order of the writes, which keeps per-NI order on the topic.
    private final Scheduler sender = Schedulers.newSingle("outbox-relay", true);
    private volatile Disposable sweeper;

    OutboxRelay(KafkaTemplate<String, String> kafka, ProductStore store, WarrantySettings settings, Clock clock) {
        this.kafka = kafka;
        this.store = store;
        this.settings = settings.outbox();
        this.clock = clock;
    }

    @Override
    public void publishWritten(String ni, List<OutboxEntry> entries) {
        send(ni, entries).subscribe(null,
                failure -> log.warn("Events of NI {} stay in the outbox for the sweep: {}", ni, failure.toString()));
    }

    Mono<Void> sweepOnce() {
        Instant youngest = clock.instant().minus(settings.sweepMinAge());
        return store.withPendingEvents()
                .concatMap(product -> {
                    List<OutboxEntry> due = product.outbox().stream()
                            .filter(entry -> entry.createdAt() == null || !entry.createdAt().isAfter(youngest))
                            .toList();
                    return send(product.ni(), due).onErrorResume(failure -> {
                        log.warn("Outbox sweep could not send the events of NI {}: {}", product.ni(), failure.toString());
                        return Mono.empty();
                    });
                })
                .then();
    }

    private Mono<Void> send(String ni, List<OutboxEntry> entries) {
        return Flux.fromIterable(entries).concatMap(entry -> sendOne(ni, entry)).then();
    }

    private Mono<Void> sendOne(String ni, OutboxEntry entry) {
        return Mono.defer(() -> {
            if (!inFlight.add(entry.eventId())) {
                return Mono.empty();
            }
            ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic(), entry.key(), entry.payload());
            record.headers().add(EventHeaders.TYPE, entry.type().getBytes(StandardCharsets.UTF_8));
            if (entry.correlationId() != null) {
                record.headers().add(EventHeaders.CORRELATION_ID, entry.correlationId().getBytes(StandardCharsets.UTF_8));
            }
            return Mono.fromFuture(() -> kafka.send(record))
                    .subscribeOn(sender)
                    .then(store.removeFromOutbox(ni, entry.eventId()))
                    .doFinally(signal -> inFlight.remove(entry.eventId()));
        });
    }

    @Override
    public void start() {
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
