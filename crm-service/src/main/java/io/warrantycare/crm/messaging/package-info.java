/** Kafka adapters: the RegistrationSubmitted listener, the outbox's sender and its periodic sweep. */
package io.warrantycare.crm.messaging;
