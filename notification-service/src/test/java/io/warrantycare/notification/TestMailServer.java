package io.warrantycare.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) on a free port, one per test JVM; tests can stop it and start it again on the same
 * port to play an SMTP outage. Messages received before a stop are gone after it.
 */
final class TestMailServer {

    static final int PORT = freePort();
    private static GreenMail greenMail;

    static synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** The messages received so far for one address. */
    static synchronized List<MimeMessage> messagesTo(String address) {
        if (greenMail == null) {
            return List.of();
        }
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                Address[] recipients = message.getAllRecipients();
                if (recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(address))) {
                    found.add(message);
                }
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return found;
    }

    /** The text/plain and text/html parts of a message, by content type ("text" and "html"). */
    static Map<String, String> parts(Part part) {
        Map<String, String> parts = new HashMap<>();
        collect(part, parts);
        return parts;
    }

    private static void collect(Part part, Map<String, String> parts) {
        try {
            if (part.isMimeType("text/plain")) {
                parts.put("text", (String) part.getContent());
            } else if (part.isMimeType("text/html")) {
                parts.put("html", (String) part.getContent());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i), parts);
                }
            }
        } catch (MessagingException | IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException noPort) {
            throw new UncheckedIOException(noPort);
        }
    }

    /** Starts the server before the context and points {@code spring.mail.*} at it. */
    static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            start();
            TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT).applyTo(context);
        }
    }

    private TestMailServer() {
    }
}
