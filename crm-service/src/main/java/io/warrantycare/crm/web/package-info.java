/** HTTP adapters: the consent and privacy routes of API.md, correlation ids and problem+json errors. */
package io.warrantycare.crm.web;
