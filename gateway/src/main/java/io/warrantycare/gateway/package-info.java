/** The single public entry: who may call which route, the per-client rate budget and the partner identity passed downstream. */
package io.warrantycare.gateway;
