package io.warrantycare.crm;

import reactor.core.publisher.Mono;

/** Hands one outbox entry to the broker; completes on the broker's acknowledgement. */
public interface EventSender {

    Mono<Void> send(OutboxEntry entry);
}
