/** Customers, their consent records with full history, the marketing-consent rule for enrollment (CC-12) and erasure. */
package io.warrantycare.crm;
