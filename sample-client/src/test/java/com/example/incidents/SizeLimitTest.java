package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.Faults.Mode;
import com.example.incidents.LoopbackServer.Answer;
import com.example.incidents.api.IncidentsApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The response size limit against a hostile loopback server, in this JVM with a small limit (the
 * forked small-heap runs are {@link SmallHeapSizeLimitTest}): bodies cut while they arrive, gzip
 * bodies cut while they inflate, error bodies alike, each an {@link ApiException} that says so, the
 * connection closed, and the client working for the next call.
 */
class SizeLimitTest {

    private static final int LIMIT = 1 << 20;
    private static final String OP = "GetIncidentTodo (GET /api/v2/incidents/{incident_id}/relationships/todos/{todo_id})";

    private final Faults faults = new Faults();
    private LoopbackServer server;
    private IncidentsApi api;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.answer(Faults.TODOS + "ok", 200, LoopbackServer.resource("todo-200.json"));
        api = new IncidentsApi(Faults.client(server).maxResponseBytes(LIMIT).build());
    }

    @AfterEach
    void stop() {
        server.close();
        faults.assertNoSecret();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aBodyGrowingBeyondTheLimitIsCutWhileArrivingAndTheConnectionClosed(Mode mode) throws InterruptedException {
        server.answerInTurn(Faults.TODOS + "huge", HostileBodies.huge(200, 64L << 20, false));

        ApiException error = faults.todoFailure(mode, api, "huge");

        assertEquals(OP + " received a response (status 200) whose body exceeds the limit of 1048576 bytes "
                + "(maxResponseBytes); the rest was not read", error.getMessage());
        assertEquals(200, error.statusCode());
        assertEquals("", error.rawBody());
        assertTrue(server.awaitBrokenOff(1, Duration.ofSeconds(10)), "the server kept sending");
        assertEquals("Restore lost data.", faults.todo(mode, api, "ok").getData().getAttributes().getContent());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aContentLengthAboveTheLimitIsRefusedBeforeTheBodyIsRead(Mode mode) throws InterruptedException {
        server.answerInTurn(Faults.TODOS + "declared", HostileBodies.huge(200, 1L << 40, true));

        ApiException error = faults.todoFailure(mode, api, "declared");

        assertTrue(error.getMessage().endsWith("whose body exceeds the limit of 1048576 bytes (maxResponseBytes); "
                + "the rest was not read"), error.getMessage());
        assertTrue(server.awaitBrokenOff(1, Duration.ofSeconds(10)), "the server kept sending");
        assertEquals("Restore lost data.", faults.todo(mode, api, "ok").getData().getAttributes().getContent());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aGzipBodyInflatingBeyondTheLimitIsCutWhileInflating(Mode mode) {
        assertTrue(HostileBodies.gzipBombBytes(512) < LIMIT, "the compressed bomb itself fits the limit");
        server.answerInTurn(Faults.TODOS + "bomb", HostileBodies.gzipBomb(200, 512));

        ApiException error = faults.todoFailure(mode, api, "bomb");

        assertEquals(OP + " received a response (status 200) whose gzip body inflates beyond the limit of 1048576 bytes "
                + "(maxResponseBytes); the rest was not inflated", error.getMessage());
        assertEquals(200, error.statusCode());
        assertEquals("Restore lost data.", faults.todo(mode, api, "ok").getData().getAttributes().getContent());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anErrorBodyIsBoundedBeforeItsStatusIsReported(Mode mode) {
        server.answerInTurn(Faults.TODOS + "bomb", HostileBodies.gzipBomb(500, 512));
        server.answerInTurn(Faults.TODOS + "huge", HostileBodies.huge(503, 64L << 20, false));

        ApiException inflated = faults.todoFailure(mode, api, "bomb");
        ApiException received = faults.todoFailure(mode, api, "huge");

        assertEquals(500, inflated.statusCode());
        assertTrue(inflated.getMessage().contains("(status 500) whose gzip body inflates beyond the limit"), inflated.getMessage());
        assertEquals(503, received.statusCode());
        assertTrue(received.getMessage().contains("(status 503) whose body exceeds the limit"), received.getMessage());
        assertEquals("Restore lost data.", faults.todo(mode, api, "ok").getData().getAttributes().getContent());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aBodyOfExactlyTheLimitIsReadAndOneByteMoreIsNot(Mode mode) {
        String todo = LoopbackServer.resource("todo-200.json");
        server.answerInTurn(Faults.TODOS + "exact", Answer.json(200, padded(todo, LIMIT)));
        server.answerInTurn(Faults.TODOS + "over", Answer.json(200, padded(todo, LIMIT + 1)));
        server.answerInTurn(Faults.TODOS + "exact-gzip", Answer.json(200, padded(todo, LIMIT)).gzipped());
        server.answerInTurn(Faults.TODOS + "over-gzip", Answer.json(200, padded(todo, LIMIT + 1)).gzipped());

        assertEquals("Restore lost data.", faults.todo(mode, api, "exact").getData().getAttributes().getContent());
        assertEquals("Restore lost data.", faults.todo(mode, api, "exact-gzip").getData().getAttributes().getContent());
        assertTrue(faults.todoFailure(mode, api, "over").getMessage().contains("whose body exceeds the limit"));
        assertTrue(faults.todoFailure(mode, api, "over-gzip").getMessage().contains("whose gzip body inflates beyond the limit"));
    }

    @Test
    void theLimitMustBePositiveAndFitOneArray() {
        ApiClient.Builder builder = Faults.client(server);

        assertEquals("maxResponseBytes must be from 1 to 2147483639, was 0",
                assertThrows(IllegalArgumentException.class, () -> builder.maxResponseBytes(0)).getMessage());
        assertInstanceOf(IllegalArgumentException.class, assertThrows(IllegalArgumentException.class,
                () -> builder.maxResponseBytes(1L << 31)));
        assertTrue(builder.build().toString().contains("maxResponseBytes=67108864"), "64 MiB by default");
    }

    /** The JSON text followed by spaces up to exactly {@code bytes} bytes. */
    private static String padded(String json, int bytes) {
        int length = json.getBytes(StandardCharsets.UTF_8).length;
        return json + " ".repeat(bytes - length);
    }
}
