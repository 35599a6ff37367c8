/** The delivery log, the localised message templates and the retrying mail delivery that tell a customer the outcome of a registration or confirm a consent withdrawal. */
package io.warrantycare.notification;
