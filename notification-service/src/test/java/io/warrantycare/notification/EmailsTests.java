package io.warrantycare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class EmailsTests {

    @Test
    void masksAnAddressKeepingOnlyFirstLettersAndTheTopLevelDomain() {
        assertThat(Emails.mask("ana.garcia@example.com")).isEqualTo("a***@e***.com");
        assertThat(Emails.mask("x@localhost")).isEqualTo("x***@l***");
        assertThat(Emails.mask("no-at-sign")).isEqualTo("***");
        assertThat(Emails.mask(null)).isNull();
    }

    @Test
    void redactsAddressesFromErrorTexts() {
        assertThat(Emails.redact("550 5.1.1 <ana.garcia@example.com>: mailbox unavailable"))
                .isEqualTo("550 5.1.1 <<address>>: mailbox unavailable");
        assertThat(Emails.redact("record registration.registrations.v1-1@17 for x.y@mail.example.co.uk"))
                .isEqualTo("record registration.registrations.v1-1@17 for <address>");
    }

    @Test
    void describesAFailureWithoutTheRecipient() {
        String described = Notifications.describe(new MailSendException("Failed messages: rejected ana@example.com",
                new IllegalStateException("Connection refused")));

        assertThat(described).startsWith("MailSendException: Failed messages")
                .contains("IllegalStateException: Connection refused")
                .doesNotContain("ana@example.com");
    }
}
