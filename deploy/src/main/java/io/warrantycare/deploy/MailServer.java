package io.warrantycare.deploy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GreenMail as the local mail server: SMTP for the notification service, IMAP to read what was delivered (any
 * recipient address is a mailbox, any password is accepted). Mail is kept in memory only.
 */
final class MailServer {

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);
    private static final Duration ARRIVAL_CHECK = Duration.ofSeconds(2);
    private final StackSettings settings;

    MailServer(StackSettings settings) {
        this.settings = settings;
    }

    void run() throws InterruptedException {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(settings.smtpPort(), settings.host(), ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(settings.imapPort(), settings.host(), ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "smtp-shutdown"));
        log.info("{}smtp on {}:{}, imap on {}:{}", LocalStack.READY, settings.host(), settings.smtpPort(),
                settings.host(), settings.imapPort());
        logArrivals(mail);
    }

    /** Counts only: recipients and subjects may carry personal data, which stays out of logs. */
    private static void logArrivals(GreenMail mail) throws InterruptedException {
        int seen = 0;
        while (true) {
            Thread.sleep(ARRIVAL_CHECK.toMillis());
            int total = mail.getReceivedMessages().length;
            if (total > seen) {
                log.info("{} message(s) delivered, {} in total", total - seen, total);
                seen = total;
            }
        }
    }
}
