package com.example.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.LoopbackServer;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100 MiB uploads (from a file and from a stream) and downloads (to a file and through a stream)
 * by the generated client in a JVM whose heap is capped at 64 MiB: the bodies are streamed, never
 * held whole. The server side streams too, and checks every byte by its SHA-256.
 */
class BigTransferTest {

    @TempDir
    Path folder;

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.handle("/blobs/big-file", BigTransferTest::receive);
        server.handle("/blobs/big-stream", BigTransferTest::receive);
        server.handle("/blobs/big-download", BigTransferTest::send);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void hundredMegabyteBodiesAreStreamedBothWaysWithA64MegabyteHeap() throws Exception {
        Path upload = folder.resolve("upload.bin");
        try (InputStream in = new PatternStream(PatternStream.HUNDRED_MB)) {
            Files.copy(in, upload);
        }
        Path download = folder.resolve("download.bin");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                BigTransferMain.class.getName(), server.baseUrl(), upload.toString(), download.toString())
                .redirectErrorStream(true).start();
        String output;
        try (InputStream out = child.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the transfers finish");

        assertEquals(0, child.exitValue(), output);
        Map<String, String> results = new LinkedHashMap<>();
        output.lines().map(line -> line.split(" ", 2)).filter(pair -> pair.length == 2).forEach(pair -> results.put(pair[0], pair[1]));
        String expected = PatternStream.sha256(PatternStream.HUNDRED_MB);
        assertEquals(PatternStream.HUNDRED_MB + " " + expected, results.get("upload-file"), output);
        assertEquals(PatternStream.HUNDRED_MB + " " + expected, results.get("upload-stream"), output);
        assertEquals(String.valueOf(PatternStream.HUNDRED_MB), results.get("download-file"), output);
        try (InputStream saved = Files.newInputStream(download)) {
            assertEquals(expected, PatternStream.sha256(saved));
        }
        assertEquals(expected, results.get("download-stream"), output);
        assertTrue(Long.parseLong(results.get("max-heap")) <= 64L * 1024 * 1024, output);
    }

    /** Reads an upload as it arrives and answers its size and SHA-256. */
    private static void receive(HttpExchange exchange) throws IOException {
        CountingStream counted;
        String sha;
        try (InputStream in = exchange.getRequestBody()) {
            counted = new CountingStream(in);
            sha = PatternStream.sha256(counted);
        }
        byte[] answer = ("{\"size\":" + counted.count + ",\"sha256\":\"" + sha + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    /** Sends 100 MiB of the pattern, made as it is sent. */
    private static void send(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, PatternStream.HUNDRED_MB);
        try (OutputStream out = exchange.getResponseBody(); InputStream in = new PatternStream(PatternStream.HUNDRED_MB)) {
            in.transferTo(out);
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends java.io.FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
