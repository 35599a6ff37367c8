package io.warrantycare.deploy.bench;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness against a running stack (./dev up), through the gateway only. Prints medians and tails; asserts
 * nothing about speed (the machines are shared and noisy). Every loop is bounded in count and time, and only
 * loopback is ever a target.
 *
 * <pre>
 * java -cp "deploy/target/test-classes:$(cat deploy/target/classpath.txt)" io.warrantycare.deploy.bench.Bench SCENARIO [options]
 *   declare-to-registrable --count=200 --rate=0      rate 0 = one client, one after the other
 *   register-to-completed  --count=200 --rate=10
 *   evaluate               --seconds=20 --clients=8
 * options: --gateway=http://localhost:8080 --root=.  (the project root, for .data/jwt-secret) --poll-ms=20
 * </pre>
 */
public final class Bench {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    /** How often a journey polls for its outcome: the poll load itself must stay small beside the load measured. */
    private static long pollMillis = 20;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newFixedThreadPool(16)).build();
    private final String gateway;
    private final String salesToken;

    private Bench(String gateway, String jwtSecret) throws Exception {
        this.gateway = gateway;
        this.salesToken = token(jwtSecret, "SALES");
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: Bench declare-to-registrable|register-to-completed|evaluate [--count=N] [--rate=R] [--seconds=S] [--clients=C] [--gateway=URL] [--root=DIR]");
            System.exit(2);
        }
        String scenario = args[0];
        int count = intOption(args, "count", 200);
        double rate = Double.parseDouble(option(args, "rate", "0"));
        int seconds = intOption(args, "seconds", 20);
        int clients = intOption(args, "clients", 8);
        String gateway = option(args, "gateway", "http://localhost:8080");
        Path root = Path.of(option(args, "root", "."));
        pollMillis = intOption(args, "poll-ms", 20);
        String secretFromEnv = System.getenv("GATEWAY_JWT_SECRET");
        String secret = secretFromEnv != null ? secretFromEnv
                : Files.readString(root.resolve(".data/jwt-secret"), StandardCharsets.UTF_8).trim();
        Bench bench = new Bench(gateway, secret);
        switch (scenario) {
            case "declare-to-registrable" -> bench.report(scenario, rate, bench.run(count, rate, bench::declareToRegistrable));
            case "register-to-completed" -> bench.report(scenario, rate, bench.run(count, rate, bench::registerToCompleted));
            case "evaluate" -> bench.evaluate(seconds, clients);
            default -> {
                System.err.println("unknown scenario " + scenario);
                System.exit(2);
            }
        }
        System.exit(0);
    }

    private interface Journey {
        CompletableFuture<Long> start(int index);
    }

    /** Runs count journeys, one after another (rate 0) or started at a fixed rate (open loop); returns latencies in ms. */
    private List<Long> run(int count, double rate, Journey journey) throws Exception {
        for (int warmup = 0; warmup < Math.min(20, count); warmup++) {
            journey.start(-1).get(GIVE_UP.toSeconds(), TimeUnit.SECONDS);
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        if (rate <= 0) {
            for (int i = 0; i < count; i++) {
                try {
                    latencies.add(journey.start(i).get(GIVE_UP.toSeconds(), TimeUnit.SECONDS));
                } catch (Exception failed) {
                    failures.incrementAndGet();
                }
            }
        } else {
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            List<CompletableFuture<Long>> started = Collections.synchronizedList(new ArrayList<>());
            long periodNanos = (long) (1_000_000_000L / rate);
            AtomicInteger next = new AtomicInteger();
            ticker.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i < count) {
                    started.add(journey.start(i));
                }
            }, 0, periodNanos, TimeUnit.NANOSECONDS);
            long deadline = System.nanoTime() + periodNanos * count + GIVE_UP.toNanos();
            while (next.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            ticker.shutdownNow();
            for (CompletableFuture<Long> one : new ArrayList<>(started)) {
                try {
                    latencies.add(one.get(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS));
                } catch (Exception failed) {
                    failures.incrementAndGet();
                }
            }
        }
        if (failures.get() > 0) {
            System.out.println("failed or timed out journeys: " + failures.get());
        }
        return new ArrayList<>(latencies);
    }

    private CompletableFuture<Long> declareToRegistrable(int index) {
        String ni = freshNi();
        LocalDate purchase = LocalDate.now().minusDays(10);
        long start = System.nanoTime();
        return send(post("/api/sales", sale(ni, purchase)).header("Authorization", "Bearer " + salesToken).build())
                .thenCompose(declared -> expect(declared, 201))
                .thenCompose(ignored -> pollUntil(get("/api/registrations/prefill?ni=" + ni), body -> true, 200))
                .thenApply(ignored -> (System.nanoTime() - start) / 1_000_000);
    }

    private CompletableFuture<Long> registerToCompleted(int index) {
        String ni = freshNi();
        LocalDate purchase = LocalDate.now().minusDays(10);
        return send(post("/api/sales", sale(ni, purchase)).header("Authorization", "Bearer " + salesToken).build())
                .thenCompose(declared -> expect(declared, 201))
                .thenCompose(ignored -> pollUntil(get("/api/registrations/prefill?ni=" + ni), body -> true, 200))
                .thenCompose(ignored -> {
                    long start = System.nanoTime();
                    return send(post("/api/registrations", registration(ni, purchase)).build())
                            .thenCompose(accepted -> expect(accepted, 202))
                            .thenCompose(body -> {
                                Matcher id = ID.matcher(body);
                                if (!id.find()) {
                                    return CompletableFuture.failedFuture(new IllegalStateException("no id in " + body));
                                }
                                return pollUntil(get("/api/registrations/" + id.group(1)),
                                        status -> status.contains("\"COMPLETED\"") || status.contains("\"REJECTED\""), 200);
                            })
                            .thenApply(done -> {
                                if (!done.contains("EXTENSION_ACTIVATED")) {
                                    throw new IllegalStateException("unexpected outcome " + done);
                                }
                                return (System.nanoTime() - start) / 1_000_000;
                            });
                });
    }

    private void evaluate(int seconds, int clients) throws Exception {
        String path = "/api/policies/evaluate?brand=CARTIER&category=WATCH&channel=BOUTIQUE&purchaseDate=2026-01-15&registrationDate=2026-03-01";
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(get(path).build(), HttpResponse.BodyHandlers.ofString());
                        boolean measured = start > warmupEnd;
                        if (response.statusCode() != 200) {
                            failed.incrementAndGet();
                        } else if (measured) {
                            done.incrementAndGet();
                            latencies.add((System.nanoTime() - start) / 1_000);
                        }
                    } catch (Exception error) {
                        failed.incrementAndGet();
                    }
                }
            });
            client.start();
            threads.add(client);
        }
        for (Thread client : threads) {
            client.join();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "evaluate via gateway, %d clients, %d s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, non-200 %d%n",
                clients, seconds, done.get() / (double) seconds, percentile(sorted, 50) / 1000.0,
                percentile(sorted, 99) / 1000.0, failed.get());
    }

    private void report(String scenario, double rate, List<Long> latencies) {
        Collections.sort(latencies);
        System.out.printf(Locale.ROOT, "%s, %s, n=%d: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", scenario,
                rate <= 0 ? "one client" : rate + "/s", latencies.size(), percentile(latencies, 50),
                percentile(latencies, 95), percentile(latencies, 99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private interface BodyCheck {
        boolean done(String body);
    }

    /** Polls every --poll-ms (20 ms) until the status and body say done, for at most GIVE_UP. */
    private CompletableFuture<String> pollUntil(HttpRequest.Builder request, BodyCheck check, int status) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        CompletableFuture<String> result = new CompletableFuture<>();
        poll(request.build(), check, status, deadline, result);
        return result;
    }

    private void poll(HttpRequest request, BodyCheck check, int status, long deadline, CompletableFuture<String> result) {
        send(request).whenComplete((response, error) -> {
            if (error == null && response.statusCode() == status && check.done(response.body())) {
                result.complete(response.body());
            } else if (System.nanoTime() > deadline) {
                result.completeExceptionally(new IllegalStateException("gave up polling " + request.uri()));
            } else {
                CompletableFuture.delayedExecutor(pollMillis, TimeUnit.MILLISECONDS)
                        .execute(() -> poll(request, check, status, deadline, result));
            }
        });
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private static CompletableFuture<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + " " + response.body()));
        }
        return CompletableFuture.completedFuture(response.body());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(10)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static String freshNi() {
        return "BN" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase(Locale.ROOT);
    }

    private static String sale(String ni, LocalDate purchase) {
        return """
                {"ni":"%s","brand":"CARTIER","reference":"WSSA0018","collection":"Santos de Cartier","category":"WATCH",
                 "line":null,"purchaseDate":"%s","dealer":{"id":"BTQ-PARIS-PAIX","name":"Cartier Paris Paix","country":"FR"},
                 "channel":"BOUTIQUE"}""".formatted(ni, purchase);
    }

    private static String registration(String ni, LocalDate purchase) {
        return """
                {"ni":"%s","purchaseDate":"%s","ownership":"BUYER",
                 "customer":{"givenName":"Bench","familyName":"Client","email":"bench+%s@example.com","phone":null,
                             "country":"FR","language":"fr"},
                 "consents":{"marketing":true,"privacyNoticeVersion":"2026-01"}}""".formatted(ni, purchase, ni.toLowerCase(Locale.ROOT));
    }

    private static String token(String secret, String role) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("bench-" + role.toLowerCase(Locale.ROOT))
                .claim("roles", List.of(role)).claim("dealerId", "BTQ-PARIS-PAIX")
                .expirationTime(new Date(System.currentTimeMillis() + Duration.ofHours(2).toMillis())).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String option(String[] args, String name, String fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return arg.substring(name.length() + 3);
            }
        }
        return fallback;
    }

    private static int intOption(String[] args, String name, int fallback) {
        return Integer.parseInt(option(args, name, String.valueOf(fallback)));
    }
}
