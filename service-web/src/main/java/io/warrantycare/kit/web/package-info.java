/**
 * The HTTP plumbing every service shares, auto-configured: one problem+json error model, correlation ids on every
 * log line, request-size limits and unread-body draining.
 */
package io.warrantycare.kit.web;
