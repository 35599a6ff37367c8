package io.warrantycare.notification;

/** One message ready to send: a localised subject and the same content as plain text and as HTML. */
record RenderedMessage(String subject, String text, String html, Language language) {
}
