/** Kafka adapters: the enrollment listener and the outbox relay that publishes what the documents hold. */
package io.warrantycare.warranty.messaging;
