/** Kafka adapters: the listeners that feed the saga and the relay that publishes the outbox. */
package io.warrantycare.registration.messaging;
