package io.warrantycare.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.warrantycare.contracts.Topics;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The infrastructure half of {@code ./dev up} ({@code --infra}): Kafka, the MongoDB-protocol server and SMTP/IMAP. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureIntegrationTests {

    static DevStack stack;

    @BeforeAll
    static void startInfrastructure() throws Exception {
        stack = new DevStack(DevStack.newDataDir("infra"));
        stack.up("--infra");
    }

    @AfterAll
    static void stopInfrastructure() throws Exception {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void createsEveryTopicAndItsDeadLetterTopicWithFourPartitions() throws Exception {
        List<String> expected = new ArrayList<>();
        for (String topic : Topics.ALL) {
            expected.add(topic);
            expected.add(Topics.deadLetterOf(topic));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(expected).allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(topics).containsOnlyKeys(expected);
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(4));
        }
    }

    @Test
    @Order(2)
    void deliversMailOverSmtpAndShowsItOverImapWithoutLoggingTheRecipient() throws Exception {
        String recipient = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(stack.smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("care@warrantycare.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject("Your warranty is extended");
        message.setText("Hello");
        Transport.send(message);

        Session imap = Session.getInstance(new Properties());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            try (Store store = imap.getStore("imap")) {
                store.connect("127.0.0.1", stack.imapPort, recipient, "any password");
                try (Folder inbox = store.getFolder("INBOX")) {
                    inbox.open(Folder.READ_ONLY);
                    assertThat(inbox.getMessages()).extracting(Message::getSubject)
                            .containsExactly("Your warranty is extended");
                }
            }
        });
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(stack.log("smtp")).contains("1 message(s) delivered"));
        assertThat(stack.log("smtp")).doesNotContain(recipient);
    }

    @Test
    @Order(3)
    void mintsTokensSignedWithTheStackSecret() throws Exception {
        String token = stack.run("token", "DISTRIBUTION_CENTER", "centerId=DC-EU", "region=EU").trim();

        String secret = Files.readString(stack.dataDir.resolve("jwt-secret"), StandardCharsets.UTF_8).trim();
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8)))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactly("DISTRIBUTION_CENTER");
        assertThat(claims.getStringClaim("centerId")).isEqualTo("DC-EU");
        assertThat(claims.getStringClaim("region")).isEqualTo("EU");
        assertThat(claims.getExpirationTime().toInstant())
                .isCloseTo(Instant.now().plus(TokenMinter.LIFETIME), within(2, ChronoUnit.MINUTES));
    }

    @Test
    @Order(4)
    void keepsKafkaRecordsAndMongoDocumentsAcrossARestart() throws Exception {
        String marker = UUID.randomUUID().toString();
        String clusterId = Files.readString(stack.dataDir.resolve("kafka/cluster.id")).trim();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.PRODUCTS, "RESTART01", marker)).get(30, TimeUnit.SECONDS);
        }
        try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            documents(mongo).insertOne(new Document("_id", marker).append("ni", "RESTART01"));
        }

        stack.down();
        stack.up("--infra");

        assertThat(Files.readString(stack.dataDir.resolve("kafka/cluster.id")).trim()).isEqualTo(clusterId);
        assertThat(stack.log("kafka")).contains("Reusing the formatted log directory");
        try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            Document found = documents(mongo).find(new Document("_id", marker)).first();
            assertThat(found).as("the document written before the restart").isNotNull();
            assertThat(found.getString("ni")).isEqualTo("RESTART01");
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PRODUCTS, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> values = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                assertThat(values).contains(marker);
            });
        }
    }

    private static MongoCollection<Document> documents(MongoClient mongo) {
        return mongo.getDatabase("infrastructure-test").getCollection("restarts");
    }
}
