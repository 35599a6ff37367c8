package io.warrantycare.deploy;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local infrastructure keeps its data and listens, read from the same environment variables as the
 * {@code dev} script so that a second stack (the end-to-end test) can run beside a developer's.
 */
record StackSettings(Path dataDir, String host, int kafkaPort, int kafkaControllerPort, int kafkaPartitions,
        int mongoPort, int smtpPort, int imapPort) {

    static StackSettings fromEnvironment(Map<String, String> env) {
        int kafkaPort = intValue(env, "LOCAL_KAFKA_PORT", 9092);
        return new StackSettings(
                Path.of(env.getOrDefault("LOCAL_STACK_DATA", ".data")).toAbsolutePath().normalize(),
                env.getOrDefault("LOCAL_STACK_HOST", "127.0.0.1"),
                kafkaPort,
                intValue(env, "LOCAL_KAFKA_CONTROLLER_PORT", kafkaPort + 1),
                intValue(env, "LOCAL_KAFKA_PARTITIONS", 4),
                intValue(env, "LOCAL_MONGO_PORT", 27017),
                intValue(env, "LOCAL_SMTP_PORT", 3025),
                intValue(env, "LOCAL_IMAP_PORT", 3143));
    }

    private static int intValue(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(name + " must be a number, was '" + value + "'");
        }
    }
}
