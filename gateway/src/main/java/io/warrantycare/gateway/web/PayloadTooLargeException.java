package io.warrantycare.gateway.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body went past its limit while it was being streamed downstream. */
class PayloadTooLargeException extends ResponseStatusException {

    PayloadTooLargeException(long limitBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "The request body exceeds the limit of " + limitBytes + " bytes");
    }
}
