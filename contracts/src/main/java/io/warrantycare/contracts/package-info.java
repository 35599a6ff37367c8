/** The events services exchange over Kafka, the topics that carry them and their short wire type ids. */
package io.warrantycare.contracts;
