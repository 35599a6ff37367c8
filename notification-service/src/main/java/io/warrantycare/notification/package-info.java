/** The delivery log, the localised message templates and the retrying mail delivery that tell a customer the outcome of a registration. */
package io.warrantycare.notification;
