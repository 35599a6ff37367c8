package io.warrantycare.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackSettingsTests {

    @TempDir
    Path temporary;

    @Test
    void defaultsToTheDocumentedPortsAndDataDirectory() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of());

        assertThat(settings.dataDir()).isEqualTo(Path.of(".data").toAbsolutePath().normalize());
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.kafkaControllerPort()).isEqualTo(9093);
        assertThat(settings.mongoPort()).isEqualTo(27017);
        assertThat(settings.smtpPort()).isEqualTo(3025);
        assertThat(settings.imapPort()).isEqualTo(3143);
        assertThat(settings.kafkaPartitions()).isEqualTo(4);
    }

    @Test
    void takesEveryPortAndTheDataDirectoryFromTheEnvironment() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of("LOCAL_STACK_DATA", temporary.toString(),
                "LOCAL_KAFKA_PORT", "19092", "LOCAL_MONGO_PORT", "27018", "LOCAL_SMTP_PORT", "3026",
                "LOCAL_IMAP_PORT", "3144"));

        assertThat(settings.dataDir()).isEqualTo(temporary);
        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.kafkaControllerPort()).as("next to the broker port unless set").isEqualTo(19093);
        assertThat(settings.mongoPort()).isEqualTo(27018);
        assertThat(settings.smtpPort()).isEqualTo(3026);
        assertThat(settings.imapPort()).isEqualTo(3144);
    }

    @Test
    void rejectsAPortThatIsNotANumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StackSettings.fromEnvironment(Map.of("LOCAL_MONGO_PORT", "mongo")))
                .withMessageContaining("LOCAL_MONGO_PORT");
    }

    @Test
    void createsASecretOfAtLeast32BytesOnceAndKeepsItPrivate() throws Exception {
        Path file = temporary.resolve("nested/jwt-secret");

        String first = Secrets.readOrCreate(file);
        String second = Secrets.readOrCreate(file);

        assertThat(first.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(first).matches("[A-Za-z0-9_-]+").isEqualTo(second);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Secrets.readOrCreate(temporary.resolve("other"))).isNotEqualTo(first);
    }

    @Test
    void writesKRaftPropertiesForOneCombinedNodeWithSingleReplicaInternalTopics() {
        StackSettings settings = StackSettings.fromEnvironment(Map.of("LOCAL_STACK_DATA", temporary.toString(),
                "LOCAL_KAFKA_PORT", "19092", "LOCAL_KAFKA_CONTROLLER_PORT", "19999"));

        var properties = new KafkaBroker(settings).brokerProperties();

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("node.id")).isEqualTo("1");
        assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19999");
        assertThat(properties.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19999");
        assertThat(properties.getProperty("log.dirs")).isEqualTo(temporary.resolve("kafka/log").toString());
        assertThat(properties.getProperty("offsets.topic.replication.factor")).isEqualTo("1");
        assertThat(properties.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
    }
}
