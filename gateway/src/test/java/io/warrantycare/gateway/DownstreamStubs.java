package io.warrantycare.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP servers standing in for the four services, one per JVM on random ports: each answers every
 * request with a JSON echo of what reached it (service, method, path, query, headers, body size), so a
 * test sees exactly what the gateway put on the wire. Header {@code X-Stub-Delay-Ms} makes it answer late.
 */
final class DownstreamStubs {

    static final DownstreamStub REGISTRATION = new DownstreamStub("registration");
    static final DownstreamStub WARRANTY = new DownstreamStub("warranty");
    static final DownstreamStub CRM = new DownstreamStub("crm");
    static final DownstreamStub NOTIFICATION = new DownstreamStub("notification");

    private DownstreamStubs() {
    }

    /** A port on which nothing listens: connections are refused at once. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a stub received. Header names are lower case. */
    record Echo(String service, String method, String path, String query, Map<String, String> headers,
            long bodyLength) {
    }

    static final class DownstreamStub {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final DisposableServer server;

        DownstreamStub(String service) {
            this.server = HttpServer.create()
                    .host("127.0.0.1")
                    .port(0)
                    .handle((request, response) -> request.receive().aggregate().asByteArray()
                            .defaultIfEmpty(new byte[0])
                            .flatMap(body -> {
                                Map<String, String> headers = new TreeMap<>();
                                request.requestHeaders().forEach(header -> headers.merge(
                                        header.getKey().toLowerCase(), header.getValue(), (a, b) -> a + "," + b));
                                String uri = request.uri();
                                int queryStart = uri.indexOf('?');
                                Echo echo = new Echo(service, request.method().name(),
                                        queryStart < 0 ? uri : uri.substring(0, queryStart),
                                        queryStart < 0 ? "" : uri.substring(queryStart + 1), headers, body.length);
                                long delayMs = Long.parseLong(headers.getOrDefault("x-stub-delay-ms", "0"));
                                return Mono.delay(Duration.ofMillis(delayMs)).thenReturn(JSON.writeValueAsBytes(echo));
                            })
                            .flatMap(json -> response.header("Content-Type", "application/json")
                                    .sendByteArray(Mono.just(json)).then()))
                    .bindNow();
        }

        String url() {
            return "http://127.0.0.1:" + server.port();
        }
    }
}
