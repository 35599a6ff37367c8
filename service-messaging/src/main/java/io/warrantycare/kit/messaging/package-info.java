/**
 * The Kafka and store plumbing every service shares, auto-configured: the outbox relay and its sweep, dead letters
 * after a bounded back-off, the event record decoder, and health indicators for the broker and the store.
 */
package io.warrantycare.kit.messaging;
