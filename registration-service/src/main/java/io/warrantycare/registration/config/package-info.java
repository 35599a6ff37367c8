/** Wiring: Kafka error handling, MongoDB indexes, health indicators, schedules, clock and card tokens. */
package io.warrantycare.registration.config;
