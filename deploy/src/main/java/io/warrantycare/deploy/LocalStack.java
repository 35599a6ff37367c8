package io.warrantycare.deploy;

import java.util.Arrays;
import java.util.Locale;

/**
 * Runs one piece of the local infrastructure in this JVM until the process is stopped:
 * {@code kafka}, {@code mongo} or {@code smtp}; {@code token} prints a gateway token. The {@code dev} script starts
 * each piece as its own process, so that one can be restarted or inspected without the others.
 */
public final class LocalStack {

    /** Printed once a piece accepts connections; the {@code dev} script waits for this line in the piece's log. */
    static final String READY = "LocalStack ready: ";

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        StackSettings settings = StackSettings.fromEnvironment(System.getenv());
        String command = args[0].toLowerCase(Locale.ROOT);
        switch (command) {
            case "kafka" -> new KafkaBroker(settings).run();
            case "mongo" -> new MongoStore(settings).run();
            case "smtp" -> new MailServer(settings).run();
            case "token" -> TokenMinter.main(Arrays.copyOfRange(args, 1, args.length));
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void usage() {
        System.err.println("usage: LocalStack kafka | mongo | smtp | token ROLE [claim=value ...]");
    }

    private LocalStack() {
    }
}
