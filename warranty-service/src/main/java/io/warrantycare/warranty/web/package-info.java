/** The HTTP API of API.md: sales, warranties, policies and cards, with problem+json errors. */
package io.warrantycare.warranty.web;
