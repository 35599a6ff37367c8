package io.warrantycare.deploy;

import io.warrantycare.contracts.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode, broker and controller in one node, with its log directory under the data
 * directory: formatted on first start (the cluster id is kept beside it), reused afterwards, so that events survive
 * a restart of the stack.
 */
final class KafkaBroker {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private final StackSettings settings;
    private final Path kafkaDir;
    private final Path logDir;

    KafkaBroker(StackSettings settings) {
        this.settings = settings;
        this.kafkaDir = settings.dataDir().resolve("kafka");
        this.logDir = kafkaDir.resolve("log");
    }

    void run() throws Exception {
        Files.createDirectories(logDir);
        Properties properties = brokerProperties();
        Path propertiesFile = kafkaDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(propertiesFile)) {
            properties.store(out, "Written by the local stack on every start; edit LocalStack settings instead");
        }
        formatIfNeeded(propertiesFile);

        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
        }, "kafka-shutdown"));
        createMissingTopics();
        log.info("{}kafka on {} (log directory {})", LocalStack.READY, bootstrapServers(), logDir);
        server.awaitShutdown();
    }

    Properties brokerProperties() {
        Properties p = new Properties();
        String host = settings.host();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@" + host + ":" + settings.kafkaControllerPort());
        p.setProperty("listeners", "PLAINTEXT://" + host + ":" + settings.kafkaPort() + ",CONTROLLER://" + host + ":"
                + settings.kafkaControllerPort());
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + settings.kafkaPort());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("num.partitions", String.valueOf(settings.kafkaPartitions()));
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("auto.create.topics.enable", "true");
        // A single node: every internal topic has one replica, and few partitions keep start-up and memory small.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "4");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "4");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "2");
        p.setProperty("background.threads", "2");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        return p;
    }

    private void formatIfNeeded(Path propertiesFile) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            log.info("Reusing the formatted log directory {}", logDir);
            return;
        }
        Path clusterIdFile = kafkaDir.resolve("cluster.id");
        String clusterId;
        if (Files.exists(clusterIdFile)) {
            clusterId = Files.readString(clusterIdFile, StandardCharsets.UTF_8).trim();
        } else {
            clusterId = Uuid.randomUuid().toString();
            Files.writeString(clusterIdFile, clusterId + System.lineSeparator(), StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream printStream = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(new String[] {"format", "--cluster-id", clusterId, "--config",
                    propertiesFile.toString(), "--ignore-formatted"}, printStream);
        }
        String report = output.toString(StandardCharsets.UTF_8).trim();
        if (status != 0) {
            throw new IllegalStateException("Formatting " + logDir + " failed (" + status + "): " + report);
        }
        log.info("Formatted {} for cluster {}: {}", logDir, clusterId, report);
    }

    private void createMissingTopics() throws InterruptedException, ExecutionException {
        List<String> wanted = new ArrayList<>();
        for (String topic : Topics.ALL) {
            wanted.add(topic);
            wanted.add(Topics.deadLetterOf(topic));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = get(admin.listTopics().names());
            List<NewTopic> missing = wanted.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, settings.kafkaPartitions(), (short) 1))
                    .toList();
            if (missing.isEmpty()) {
                log.info("All {} topics exist", wanted.size());
                return;
            }
            try {
                get(admin.createTopics(missing).all());
            } catch (ExecutionException failure) {
                if (!(failure.getCause() instanceof TopicExistsException)) {
                    throw failure;
                }
            }
            log.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
        }
    }

    private static <T> T get(KafkaFuture<T> future) throws InterruptedException, ExecutionException {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException timeout) {
            throw new ExecutionException("The broker did not answer within 60 s", timeout);
        }
    }

    private String bootstrapServers() {
        return settings.host() + ":" + settings.kafkaPort();
    }
}
