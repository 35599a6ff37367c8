package io.warrantycare.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.warrantycare.contracts.Topics;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * One Kafka broker and one MongoDB-protocol server per test JVM, started on first use. They are deliberately not
 * stopped at JVM exit: stopping a broker while Spring contexts still close floods the log with reconnects.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    static final int PARTITIONS = 2;
    private static volatile Endpoints endpoints;

    /** Where the test's Kafka and MongoDB listen. */
    public record Endpoints(String kafkaBootstrapServers, String mongoUri, String kind) {
    }

    public static Endpoints endpoints() {
        Endpoints current = endpoints;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                current = endpoints;
                if (current == null) {
                    current = dockerAvailable() ? startContainers() : startEmbedded();
                    log.info("Integration tests run on {}: Kafka {} and MongoDB {}", current.kind(),
                            current.kafkaBootstrapServers(), current.mongoUri());
                    endpoints = current;
                }
            }
        }
        return current;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable noDocker) {
            return false;
        }
    }

    private static Endpoints startContainers() {
        MongoDBContainer mongo = new MongoDBContainer("mongo:7");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
        mongo.start();
        kafka.start();
        return new Endpoints(kafka.getBootstrapServers(), mongo.getConnectionString(), "Testcontainers (MongoDB 7, Apache Kafka)");
    }

    private static Endpoints startEmbedded() {
        List<String> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(topic);
            topics.add(Topics.deadLetterOf(topic));
        }
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS, topics.toArray(String[]::new));
        kafka.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", String.valueOf(PARTITIONS),
                "offsets.topic.replication.factor", "1",
                "offsets.topic.num.partitions", "4",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "group.initial.rebalance.delay.ms", "0"));
        kafka.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        String mongoUri = "mongodb://127.0.0.1:" + address.getPort();
        return new Endpoints(kafka.getBrokersAsString(), mongoUri,
                "embedded servers (Apache Kafka KRaft broker, mongo-java-server memory backend)");
    }

    private TestInfrastructure() {
    }
}
