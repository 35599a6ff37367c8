/** Wiring: typed settings, the policy engine bean, MongoDB and Kafka set-up, health indicators. */
package io.warrantycare.warranty.config;
