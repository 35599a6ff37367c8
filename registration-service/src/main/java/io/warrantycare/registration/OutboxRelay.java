package io.warrantycare.registration;

import java.util.List;
import reactor.core.publisher.Mono;

/** Publishes outbox entries right after the write that stored them; what fails is left for the scheduled sweep. */
public interface OutboxRelay {

    /** Sends the entries and removes each one from the registration once the broker acknowledged it; never fails. */
    Mono<Void> relay(String registrationId, List<OutboxEntry> entries);
}
