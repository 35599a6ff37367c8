package io.warrantycare.testsupport;

import io.warrantycare.contracts.EventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A test's eyes and hands on the real broker: records every record of some topics from the start (on a thread of its
 * own), and sends raw records, e.g. a redelivery or a poison message. Close it at the end of the test class.
 */
public final class TopicProbe implements AutoCloseable {

    /** One record as it crossed the wire: key, value text and the type header. */
    public record Seen(String topic, String key, String type, String correlationId, String value) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final KafkaProducer<String, String> producer;
    private final Thread poller;
    private volatile boolean running = true;

    public TopicProbe(Collection<String> topics) {
        String servers = TestInfrastructure.endpoints().kafkaBootstrapServers();
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> subscribed = new ArrayList<>(topics);
        poller = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
                consumer.subscribe(subscribed);
                while (running) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        seen.add(new Seen(record.topic(), record.key(), header(record, EventHeaders.TYPE),
                                header(record, EventHeaders.CORRELATION_ID), record.value()));
                    }
                }
            }
        }, "topic-probe");
        poller.setDaemon(true);
        poller.start();
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(producerProps);
    }

    public TopicProbe(String... topics) {
        this(List.of(topics));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Everything seen so far that matches. */
    public List<Seen> seen(Predicate<Seen> matching) {
        return seen.stream().filter(matching).toList();
    }

    /** Everything seen so far on a topic whose value mentions the text (e.g. an NI or a registration id). */
    public List<Seen> seen(String topic, String type, String mentioning) {
        return seen(record -> record.topic().equals(topic) && (type == null || type.equals(record.type()))
                && record.value() != null && record.value().contains(mentioning));
    }

    /** Sends a raw record with the given type header and waits for the broker's acknowledgement. */
    public void send(String topic, String key, String type, String json) {
        send(topic, key, type, json, Map.of());
    }

    public void send(String topic, String key, String type, String json, Map<String, String> extraHeaders) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
        if (type != null) {
            record.headers().add(EventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        extraHeaders.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (Exception failed) {
            throw new IllegalStateException("Could not send the test record to " + topic, failed);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            poller.join(2_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(2));
    }
}
