package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The size limit where it matters: the client in a JVM of its own with a small heap
 * ({@link SizeLimitProbe}), this JVM playing the hostile server. A 10 MB gzip body that inflates to
 * 9.5 GB, as a success and as an error body, and a 500 MB plain body, each called blocking and
 * async: each call ends in an {@link ApiException} that names the limit, and the normal call after
 * it (blocking or async) still works, so neither the JVM nor the client's executor died.
 */
class SmallHeapSizeLimitTest {

    private static final long BOMB_MEBIBYTES = 9728;
    private static final String OP = "GetIncidentTodo (GET /api/v2/incidents/{incident_id}/relationships/todos/{todo_id})";

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.answer(Faults.TODOS + "ok", 200, LoopbackServer.resource("todo-200.json"));
        server.answerInTurn(Faults.TODOS + "bomb", HostileBodies.gzipBomb(200, BOMB_MEBIBYTES));
        server.answerInTurn(Faults.TODOS + "error-bomb", HostileBodies.gzipBomb(500, BOMB_MEBIBYTES));
        server.answerInTurn(Faults.TODOS + "plain", HostileBodies.huge(200, 500_000_000L, false));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a64MebibyteHeapSurvivesEveryHugeBodyUnderA16MebibyteLimit() throws Exception {
        List<String> lines = probe("-Xmx64m", "16777216");

        assertEveryHugeBodyRefusedAndTheNextCallServed(lines, 16777216);
        assertTrue(lines.get(lines.size() - 1).matches("max heap: [1-6]?\\d MiB"), lines.get(lines.size() - 1));
    }

    @Test
    void a128MebibyteHeapSurvivesEveryHugeBodyUnderTheDefaultLimit() throws Exception {
        List<String> lines = probe("-Xmx128m", "default");

        assertEveryHugeBodyRefusedAndTheNextCallServed(lines, 64 << 20);
    }

    private static void assertEveryHugeBodyRefusedAndTheNextCallServed(List<String> lines, long limit) {
        assertTrue(HostileBodies.gzipBombBytes(BOMB_MEBIBYTES) < 11_000_000, "the bomb is about 10 MB on the wire");
        List<String> expected = new ArrayList<>();
        for (String mode : List.of("BLOCKING", "ASYNC")) {
            expected.add(mode + " bomb: ApiException: " + OP + " received a response (status 200) whose gzip body inflates "
                    + "beyond the limit of " + limit + " bytes (maxResponseBytes); the rest was not inflated");
            expected.add(mode + " ok: ok");
            expected.add(mode + " error-bomb: ApiException: " + OP + " received a response (status 500) whose gzip body "
                    + "inflates beyond the limit of " + limit + " bytes (maxResponseBytes); the rest was not inflated");
            expected.add(mode + " ok: ok");
            expected.add(mode + " plain: ApiException: " + OP + " received a response (status 200) whose body exceeds "
                    + "the limit of " + limit + " bytes (maxResponseBytes); the rest was not read");
            expected.add(mode + " ok: ok");
        }
        assertEquals(expected, lines.subList(0, lines.size() - 1));
    }

    /** Runs the probe in a new JVM with this test's class path; returns its output lines after checking it exited 0. */
    private List<String> probe(String heap, String limit) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), heap, "-cp",
                System.getProperty("java.class.path"), SizeLimitProbe.class.getName(), server.baseUrl(), limit,
                "bomb", "ok", "error-bomb", "ok", "plain", "ok").redirectErrorStream(true);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the probe did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        return text.lines().toList();
    }
}
