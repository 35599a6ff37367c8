package io.warrantycare.crm;

import java.util.List;

/**
 * A document that carries, in its {@code outbox} field, the events written together with its last change and not yet
 * acknowledged by the broker; {@link OutboxRelay} publishes them whatever the collection.
 */
interface OutboxHolder {

    String OUTBOX = "outbox";

    String id();

    List<OutboxEntry> outbox();
}
