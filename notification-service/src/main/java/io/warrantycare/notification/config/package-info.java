/** Wiring: Kafka error handling and dead letters, health indicators for readiness, the retry sweep schedule. */
package io.warrantycare.notification.config;
