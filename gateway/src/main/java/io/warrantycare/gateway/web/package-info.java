/** HTTP adapters around the proxy: correlation ids, CORS, rate and size limits, partner headers and problem+json errors. */
package io.warrantycare.gateway.web;
