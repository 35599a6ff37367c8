package io.warrantycare.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring context every integration test class shares (same annotations, same properties): the application
 * on real Kafka and MongoDB-protocol servers ({@code @RealInfrastructure} on each class), mailing to the test's
 * GreenMail, with short retry back-offs so that retry and give-up are observable within a test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.retry.initial-backoff=250ms",
        "notification.retry.max-backoff=2s",
        "notification.retry.max-attempts=8",
        "notification.retry.sweep-interval=200ms",
        "notification.kafka.interval=100ms",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=5000",
        "spring.mail.properties.mail.smtp.writetimeout=5000",
        "logging.level.com.icegreen=WARN"})
@AutoConfigureWebTestClient
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
@interface NotificationIntegrationTest {
}
