package io.warrantycare.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Sends one rendered message over SMTP; JavaMail blocks, so it runs on the bounded elastic scheduler. */
final class MailCourier {

    static final String NOTIFICATION_ID_HEADER = "X-Notification-Id";

    private final JavaMailSender mailSender;
    private final MessageRenderer renderer;
    private final NotificationProperties.Mail sender;

    MailCourier(JavaMailSender mailSender, MessageRenderer renderer, NotificationProperties.Mail sender) {
        this.mailSender = mailSender;
        this.renderer = renderer;
        this.sender = sender;
    }

    Mono<Void> send(Delivery delivery) {
        return Mono.fromCallable(() -> renderer.render(delivery))
                .flatMap(message -> Mono.<Void>fromRunnable(() -> mailSender.send(mime -> fill(mime, delivery, message)))
                        .subscribeOn(Schedulers.boundedElastic()));
    }

    private void fill(MimeMessage mime, Delivery delivery, RenderedMessage message) throws Exception {
        MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        helper.setFrom(sender.from(), sender.fromName());
        helper.setTo(delivery.email());
        helper.setSubject(message.subject());
        helper.setText(message.text(), message.html());
        mime.setHeader("Content-Language", message.language().tag());
        mime.setHeader(NOTIFICATION_ID_HEADER, delivery.id());
    }
}
