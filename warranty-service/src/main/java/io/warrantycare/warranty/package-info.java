/** Products and their sale declarations, warranties with their once-only extension, cards, and the outbox. */
package io.warrantycare.warranty;
