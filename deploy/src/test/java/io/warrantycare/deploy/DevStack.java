package io.warrantycare.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A stack started exactly as a developer does it, by running {@code ./dev up} from the project root, but on free
 * ports and its own data directory, so that it runs beside a developer's stack.
 */
final class DevStack implements AutoCloseable {

    static final String VERSION = "0.1.0-SNAPSHOT";
    static final List<String> APPS =
            List.of("gateway", "registration-service", "warranty-service", "crm-service", "notification-service");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    final Path root;
    final Path dataDir;
    final int appPortBase;
    final int kafkaPort;
    final int mongoPort;
    final int smtpPort;
    final int imapPort;
    private final Map<String, String> environment = new HashMap<>();
    private final Path outputDir;
    private Process up;
    private int starts;

    DevStack(Path dataDir) throws IOException {
        this.root = projectRoot();
        this.dataDir = dataDir;
        this.outputDir = root.resolve("deploy/target/stack-tests");
        Files.createDirectories(outputDir);
        Set<Integer> taken = new LinkedHashSet<>();
        this.appPortBase = freePortRange(APPS.size(), taken);
        this.kafkaPort = freePort(taken);
        int controllerPort = freePort(taken);
        this.mongoPort = freePort(taken);
        this.smtpPort = freePort(taken);
        this.imapPort = freePort(taken);
        environment.put("LOCAL_STACK_DATA", dataDir.toString());
        environment.put("LOCAL_APP_PORT_BASE", String.valueOf(appPortBase));
        environment.put("LOCAL_KAFKA_PORT", String.valueOf(kafkaPort));
        environment.put("LOCAL_KAFKA_CONTROLLER_PORT", String.valueOf(controllerPort));
        environment.put("LOCAL_MONGO_PORT", String.valueOf(mongoPort));
        environment.put("LOCAL_SMTP_PORT", String.valueOf(smtpPort));
        environment.put("LOCAL_IMAP_PORT", String.valueOf(imapPort));
        environment.put("LOCAL_STACK_TIMEOUT", "240");
    }

    /** A fresh data directory under {@code deploy/target}, kept after the run so that its logs can be read. */
    static Path newDataDir(String name) throws IOException {
        Path dir = projectRoot().resolve("deploy/target/stack-tests")
                .resolve(name + "-" + Long.toString(System.currentTimeMillis(), 36));
        Files.createDirectories(dir);
        return dir;
    }

    static Path projectRoot() {
        Path moduleDir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path root = Files.exists(moduleDir.resolve("dev")) ? moduleDir : moduleDir.getParent();
        assertThat(root.resolve("dev")).as("the dev script at the project root").isExecutable();
        return root;
    }

    static List<Path> missingServiceJars() {
        Path root = projectRoot();
        List<Path> missing = new ArrayList<>();
        for (String app : APPS) {
            Path jar = root.resolve(app).resolve("target").resolve(app + "-" + VERSION + ".jar");
            if (!Files.isRegularFile(jar)) {
                missing.add(jar);
            }
        }
        return missing;
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + appPortBase;
    }

    /** Runs {@code ./dev up ARGS} and returns once it reports the stack up; fails with the output if it does not. */
    void up(String... arguments) throws IOException, InterruptedException {
        assertThat(up == null || !up.isAlive()).as("the previous stack is down").isTrue();
        starts++;
        Path output = outputDir.resolve(dataDir.getFileName() + "-up-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of(root.resolve("dev").toString(), "up"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        up = builder.start();
        Process started = up;
        // Should the test JVM end first, TERM makes ./dev up stop everything it started.
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy, "dev-up-stopper"));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (text.contains("Local stack up in")) {
                return;
            }
            if (!up.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("./dev up " + String.join(" ", arguments) + " did not come up:\n" + text);
            }
            up.waitFor(500, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs {@code ./dev down} and waits for the {@code ./dev up} process to end. */
    void down() throws IOException, InterruptedException {
        run("down");
        if (up != null) {
            assertThat(up.waitFor(90, TimeUnit.SECONDS)).as("./dev up ends after ./dev down").isTrue();
        }
    }

    /** Runs a {@code ./dev} command to its end and returns its standard output. */
    String run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("dev").toString()));
        command.addAll(List.of(arguments));
        Path errors = Files.createTempFile(outputDir, "dev-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectError(errors.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("./dev %s ends", arguments[0]).isTrue();
        assertThat(process.exitValue())
                .as("./dev %s exit status; stderr: %s", String.join(" ", arguments), Files.readString(errors))
                .isZero();
        Files.deleteIfExists(errors);
        return output;
    }

    String log(String name) throws IOException {
        Path log = dataDir.resolve("logs").resolve(name + ".log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (up != null && up.isAlive()) {
            down();
        }
    }

    private static int freePort(Set<Integer> taken) throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (taken.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    private static int freePortRange(int size, Set<Integer> taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 30_000);
            boolean free = true;
            for (int port = base; port < base + size && free; port++) {
                free = bindable(port);
            }
            if (free) {
                for (int port = base; port < base + size; port++) {
                    taken.add(port);
                }
                return base;
            }
        }
        throw new IllegalStateException("No " + size + " consecutive free ports between 20000 and 30000");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }
}
