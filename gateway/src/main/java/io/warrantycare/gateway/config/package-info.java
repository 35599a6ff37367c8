/** Wiring of the gateway: typed settings and the Spring Security chain that checks partner tokens. */
package io.warrantycare.gateway.config;
