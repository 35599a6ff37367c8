package io.warrantycare.warranty;

import java.util.List;

/**
 * Sends the outbox entries a write just stored, without waiting (the write already made them durable); each entry
 * leaves the document once Kafka acknowledged it, and a periodic sweep resends whatever a crash left behind.
 */
public interface EventPublisher {

    void publishWritten(String ni, List<OutboxEntry> entries);
}
