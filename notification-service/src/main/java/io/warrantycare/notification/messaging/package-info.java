/** Kafka adapter: listeners that turn registration outcomes, withdrawal confirmations and erasures into calls of the application service. */
package io.warrantycare.notification.messaging;
