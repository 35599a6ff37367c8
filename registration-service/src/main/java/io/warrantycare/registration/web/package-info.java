/** The public registration API, the registration page, and the HTTP concerns around them (errors, size, correlation). */
package io.warrantycare.registration.web;
