package io.warrantycare.notification.messaging;

import io.warrantycare.contracts.Topics;
import io.warrantycare.contracts.WithdrawalConfirmationRequested;
import io.warrantycare.notification.Correlation;
import io.warrantycare.notification.Notifications;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * WithdrawalConfirmationRequested (crm.messages.v1) → the confirmation mail to the address; other types are skipped.
 * Blocks at this boundary for the reason given on {@link RegistrationEventsListener}.
 */
@Component
class CrmMessagesListener {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final EventDecoder decoder;
    private final Notifications notifications;

    CrmMessagesListener(EventDecoder decoder, Notifications notifications) {
        this.decoder = decoder;
        this.notifications = notifications;
    }

    @KafkaListener(topics = Topics.CRM_MESSAGES)
    void on(ConsumerRecord<String, String> record) {
        decoder.decode(record, WithdrawalConfirmationRequested.class).ifPresent(inbound -> Correlation.run(
                inbound.correlationId(), () -> notifications.confirmWithdrawal(inbound.event(), inbound.correlationId())
                        .block(TIMEOUT)));
    }
}
