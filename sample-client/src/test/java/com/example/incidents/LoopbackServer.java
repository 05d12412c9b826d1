package com.example.incidents;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on 127.0.0.1 that answers canned responses by raw request path and records every
 * request. Answers can carry headers, be gzip-compressed, come in turn (429 then 200), stall until
 * the server closes (for timeouts) or be streamed as they are written (for bodies too large or too
 * slow to hold), in which case the server counts the streams the client broke off.
 */
public final class LoopbackServer implements AutoCloseable {

    static {
        // Without TCP_NODELAY the JDK's server and client wait out each other's delayed ACKs: about
        // 45 ms per exchange on loopback instead of 3.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** The longest a stalled answer waits; the client's timeout is far shorter. */
    private static final long STALL_LIMIT_SECONDS = 10;

    /** A request as the server saw it. */
    public record Seen(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

        /** The first value of a header, or null. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** Writes a streamed body as it goes; an {@link IOException} while writing means the client went away. */
    @FunctionalInterface
    public interface Streamer {

        /** Writes the body. */
        void write(OutputStream out) throws IOException;
    }

    /**
     * A canned response.
     *
     * @param streamer writes the body instead of {@code body} when not null
     * @param declaredLength the Content-Length a streamed body declares, or -1 to send it chunked
     */
    public record Answer(int status, String contentType, byte[] body, Map<String, String> headers, boolean gzip,
            boolean stall, Streamer streamer, long declaredLength) {

        /** A JSON answer. */
        public Answer(int status, String contentType, String body) {
            this(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), false, false, null, -1);
        }

        /** An answer with a JSON body. */
        public static Answer json(int status, String body) {
            return new Answer(status, "application/json", body);
        }

        /** An answer with a body of the given type. */
        public static Answer of(int status, String contentType, byte[] body) {
            return new Answer(status, contentType, body, Map.of(), false, false, null, -1);
        }

        /** An answer whose body is written as it goes, declaring a Content-Length, or chunked for -1. */
        public static Answer streamed(int status, String contentType, long declaredLength, Streamer streamer) {
            return new Answer(status, contentType, new byte[0], Map.of(), false, false, streamer, declaredLength);
        }

        /** This answer with one more header. */
        public Answer withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, contentType, body, Map.copyOf(more), gzip, stall, streamer, declaredLength);
        }

        /** This answer, its body gzip-compressed with {@code Content-Encoding: gzip}. */
        public Answer gzipped() {
            return new Answer(status, contentType, body, headers, true, stall, streamer, declaredLength);
        }

        /** This answer, sent only when the server closes (or after 10 s): slower than any client timeout in the tests. */
        public Answer stalled() {
            return new Answer(status, contentType, body, headers, gzip, true, streamer, declaredLength);
        }
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger brokenOff = new AtomicInteger();

    public LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Hands requests to paths starting with {@code prefix} to a handler of the test's own (for
     * streamed bodies, pages, event streams); they are not recorded.
     */
    public void handle(String prefix, HttpHandler handler) {
        server.createContext(prefix, handler);
    }

    /** Answers every request to the path with a JSON body. */
    public void answer(String rawPath, int status, String body) {
        answerInTurn(rawPath, Answer.json(status, body));
    }

    /** Answers requests to the path with these answers in turn; the last one answers every later request. */
    public void answerInTurn(String rawPath, Answer... inTurn) {
        answers.put(rawPath, new ArrayDeque<>(List.of(inTurn)));
    }

    public List<Seen> requests() {
        return seen;
    }

    /** How many streamed bodies the client broke off (closed the connection) before they were complete. */
    public int brokenOff() {
        return brokenOff.get();
    }

    /** Waits until the client broke off {@code count} streamed bodies, or the timeout passed; true when it did. */
    public boolean awaitBrokenOff(int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (brokenOff.get() < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return brokenOff.get() >= count;
    }

    public static String resource(String name) {
        try (InputStream in = LoopbackServer.class.getResourceAsStream("/bodies/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        byte[] requestBody;
        try (InputStream in = exchange.getRequestBody()) {
            requestBody = in.readAllBytes();
        }
        seen.add(new Seen(exchange.getRequestMethod(), rawPath, exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), requestBody));
        Answer answer = next(rawPath);
        if (answer.stall()) {
            try {
                closed.await(STALL_LIMIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.gzip() ? gzip(answer.body()) : answer.body();
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.getResponseHeaders().set("X-Request-Seen", String.valueOf(seen.size()));
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (answer.gzip()) {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        if (answer.streamer() != null) {
            exchange.sendResponseHeaders(answer.status(), answer.declaredLength() < 0 ? 0 : answer.declaredLength());
            try (OutputStream out = exchange.getResponseBody()) {
                answer.streamer().write(out);
            } catch (IOException e) {
                brokenOff.incrementAndGet();
            }
            return;
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Answer next(String rawPath) {
        Deque<Answer> inTurn = answers.get(rawPath);
        if (inTurn == null) {
            return Answer.json(404, "{\"errors\":[\"Not Found\"]}");
        }
        synchronized (inTurn) {
            return inTurn.size() > 1 ? inTurn.removeFirst() : inTurn.getFirst();
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }
}
