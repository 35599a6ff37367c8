/** The warranty policy engine: brand programs as versioned data, evaluated in memory. */
package io.warrantycare.warranty.policy;
