package io.warrantycare.deploy;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB wire-protocol server (mongo-java-server) on an H2 MVStore file, standing in for MongoDB where no
 * {@code mongod} can be installed; the file is closed cleanly on shutdown so that the data survives a restart.
 */
final class MongoStore {

    private static final Logger log = LoggerFactory.getLogger(MongoStore.class);
    private final StackSettings settings;

    MongoStore(StackSettings settings) {
        this.settings = settings;
    }

    void run() throws Exception {
        Path directory = settings.dataDir().resolve("mongo");
        Files.createDirectories(directory);
        Path file = directory.resolve("warranty-care.mv");
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind(settings.host(), settings.mongoPort());
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "mongo-shutdown"));
        log.info("{}mongo on mongodb://{}:{} (file {})", LocalStack.READY, settings.host(), settings.mongoPort(), file);
        new CountDownLatch(1).await();
    }
}
