/** HTTP adapter: the support view of the delivery log and problem+json for every error. */
package io.warrantycare.notification.web;
