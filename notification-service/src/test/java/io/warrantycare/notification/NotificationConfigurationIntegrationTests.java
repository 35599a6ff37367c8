package io.warrantycare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.warrantycare.testsupport.RealInfrastructure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;

@RealInfrastructure
@NotificationIntegrationTest
class NotificationConfigurationIntegrationTests {

    @Autowired
    NotificationProperties properties;

    @Autowired
    CommonErrorHandler kafkaErrorHandler;

    @Test
    void bindsBrandNamesWithTheirUnderscoresAndTheMailSender() {
        assertThat(properties.brandNames())
                .containsEntry("CARTIER", "Cartier")
                .containsEntry("JAEGER_LECOULTRE", "Jaeger-LeCoultre");
        assertThat(properties.mail().from()).isEqualTo("no-reply@warrantycare.local");
        assertThat(properties.retry().maxAttempts()).isEqualTo(8);
        assertThat(properties.retry().claimLease()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void handsListenerFailuresToTheDeadLetteringErrorHandler() {
        assertThat(kafkaErrorHandler).isInstanceOf(DefaultErrorHandler.class);
    }
}
