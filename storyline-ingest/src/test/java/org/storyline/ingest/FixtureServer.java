package org.storyline.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server on a free port serving the fixtures under {@code /ingest/}, with {@code {{BASE}}} in
 * them replaced by the server's base URL, plus a few special routes: {@code /missing} (404),
 * {@code /redirect} (302 to page-one.html), {@code /slow} (answers after 3 s), {@code /big} (10,000 bytes)
 * and {@code /as-latin1/NAME} (the fixture declared as ISO-8859-1).
 */
public final class FixtureServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "rss", "application/rss+xml",
            "atom", "application/atom+xml",
            "xml", "application/xml",
            "txt", "text/plain; charset=utf-8",
            "pdf", "application/pdf");

    private final HttpServer server;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    public FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL, without a trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + "/" + path;
    }

    /** The User-Agent headers received, in order. */
    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** The paths requested, in order. */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** A URL on a port that was free a moment ago and has nothing listening. */
    public static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/gone.html";
        }
    }

    /** The fixture's text with {@code {{BASE}}} replaced by {@code base}. */
    public static byte[] fixture(String name, String base) {
        try (InputStream in = FixtureServer.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /ingest/" + name);
            }
            byte[] bytes = in.readAllBytes();
            if (name.endsWith(".rss") || name.endsWith(".atom")) {
                return new String(bytes, StandardCharsets.UTF_8)
                        .replace("{{BASE}}", base)
                        .getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        paths.add(path);
        userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        try (exchange) {
            switch (path) {
                case "/missing" -> send(
                        exchange, 404, "text/html", "<h1>Not found</h1>".getBytes(StandardCharsets.UTF_8));
                case "/redirect" -> {
                    exchange.getResponseHeaders().add("Location", url("page-one.html"));
                    exchange.sendResponseHeaders(302, -1);
                }
                case "/slow" -> {
                    sleep();
                    send(exchange, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
                }
                case "/big" -> send(
                        exchange, 200, "text/plain", "a".repeat(10_000).getBytes(StandardCharsets.UTF_8));
                default -> serveFixture(exchange, path);
            }
        }
    }

    private void serveFixture(HttpExchange exchange, String path) throws IOException {
        boolean latin1 = path.startsWith("/as-latin1/");
        String name = path.substring(latin1 ? "/as-latin1/".length() : 1);
        byte[] body;
        try {
            body = fixture(name, base());
        } catch (IllegalArgumentException e) {
            send(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String type =
                latin1 ? "text/html; charset=ISO-8859-1" : TYPES.getOrDefault(extension, "application/octet-stream");
        send(exchange, 200, type, body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
