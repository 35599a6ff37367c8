package io.warrantycare.notification.web;

import io.warrantycare.notification.Notifications;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** {@code GET /api/notifications?registrationId=}: what was sent for a registration (role SUPPORT, checked at the gateway). */
@RestController
class NotificationController {

    private static final int MAX_ID_LENGTH = 128;

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping(path = "/api/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
    Flux<DeliveryView> byRegistration(@RequestParam(name = "registrationId", required = false) String registrationId) {
        if (registrationId == null || registrationId.isBlank()) {
            return Flux.error(new InvalidRequestException("registrationId", "REQUIRED", "registrationId is required"));
        }
        if (registrationId.length() > MAX_ID_LENGTH) {
            return Flux.error(new InvalidRequestException("registrationId", "TOO_LONG",
                    "registrationId has at most " + MAX_ID_LENGTH + " characters"));
        }
        return notifications.deliveriesOf(registrationId.trim()).map(DeliveryView::of);
    }
}
