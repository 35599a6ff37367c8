/** Wiring that is neither domain nor adapter: health indicators for readiness. */
package io.warrantycare.crm.config;
