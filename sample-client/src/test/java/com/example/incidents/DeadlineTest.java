package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.Faults.Mode;
import com.example.incidents.LoopbackServer.Answer;
import com.example.incidents.api.IncidentsApi;
import com.example.incidents.model.IncidentTodoResponse;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One deadline per call ({@code requestTimeout}) over attempts, the waits between them and every body
 * byte, blocking and async, against a loopback server that answers slowly or not at all; when it
 * passes, the exchange is aborted and its connection closed.
 */
class DeadlineTest {

    private static final String OP = "GetIncidentTodo (GET /api/v2/incidents/{incident_id}/relationships/todos/{todo_id})";

    private final Faults faults = new Faults();
    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.answer(Faults.TODOS + "ok", 200, LoopbackServer.resource("todo-200.json"));
    }

    @AfterEach
    void stop() {
        server.close();
        faults.assertNoSecret();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aBodyTricklingAtOneBytePerSecondIsCutAtTheDeadline(Mode mode) throws InterruptedException {
        IncidentsApi api = new IncidentsApi(Faults.client(server).requestTimeout(Duration.ofSeconds(2)).build());
        server.answerInTurn(Faults.TODOS + "slow", HostileBodies.trickling(LoopbackServer.resource("todo-200.json"), Duration.ofSeconds(1)));

        long start = System.nanoTime();
        ApiException error = faults.todoFailure(mode, api, "slow");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(OP + " timed out: no complete response within PT2S", error.getMessage());
        assertInstanceOf(HttpTimeoutException.class, error.getCause());
        assertTrue(elapsed.compareTo(Duration.ofMillis(1900)) >= 0 && elapsed.compareTo(Duration.ofMillis(3500)) < 0, elapsed::toString);
        assertTrue(server.awaitBrokenOff(1, Duration.ofSeconds(10)), "the server could keep sending");
        assertEquals("Restore lost data.", faults.todo(mode, api, "ok").getData().getAttributes().getContent());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theDeadlineCoversRetriesAndTheWaitsBetweenThem(Mode mode) {
        IncidentsApi api = new IncidentsApi(Faults.client(server).requestTimeout(Duration.ofMillis(1500))
                .retryPolicy(RetryPolicy.builder().maxAttempts(10).build()).build());
        server.answerInTurn(Faults.TODOS + "busy", Answer.json(503, "{}").withHeader("Retry-After", "1"),
                Answer.json(200, LoopbackServer.resource("todo-200.json")).stalled());

        long start = System.nanoTime();
        ApiException error = faults.todoFailure(mode, api, "busy");
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(OP + " timed out: no complete response within the call's deadline of PT1.5S (2 attempts)", error.getMessage());
        assertEquals(2, server.requests().size());
        assertTrue(elapsed.compareTo(Duration.ofMillis(1400)) >= 0 && elapsed.compareTo(Duration.ofMillis(3000)) < 0, elapsed::toString);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aWaitThatWouldEndAfterTheDeadlineIsNotTaken(Mode mode) {
        IncidentsApi api = new IncidentsApi(Faults.client(server).requestTimeout(Duration.ofSeconds(2))
                .retryPolicy(RetryPolicy.defaults()).build());
        server.answerInTurn(Faults.TODOS + "busy", Answer.json(503, "{}").withHeader("Retry-After", "5"),
                Answer.json(200, LoopbackServer.resource("todo-200.json")));

        long start = System.nanoTime();
        ApiException error = faults.todoFailure(mode, api, "busy");

        assertEquals(503, error.statusCode());
        assertEquals(1, server.requests().size());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(1).toNanos());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anAttemptOverItsOwnTimeoutIsGivenUpAndRetriedWithinTheDeadline(Mode mode) {
        IncidentsApi api = new IncidentsApi(Faults.client(server).requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.builder().attemptTimeout(Duration.ofMillis(300)).initialDelay(Duration.ofMillis(10)).build())
                .build());
        server.answerInTurn(Faults.TODOS + "flaky", Answer.json(200, "{}").stalled(),
                Answer.json(200, LoopbackServer.resource("todo-200.json")));

        long start = System.nanoTime();
        IncidentTodoResponse todo = faults.todo(mode, api, "flaky");

        assertEquals("Restore lost data.", todo.getData().getAttributes().getContent());
        assertEquals(2, server.requests().size());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anAttemptTimeoutOfTheLastAttemptNamesItsOwnLimit(Mode mode) {
        IncidentsApi api = new IncidentsApi(Faults.client(server).requestTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.builder().maxAttempts(1).attemptTimeout(Duration.ofMillis(300)).build()).build());
        server.answerInTurn(Faults.TODOS + "slow", HostileBodies.trickling(LoopbackServer.resource("todo-200.json"), Duration.ofMillis(100)));

        ApiException error = faults.todoFailure(mode, api, "slow");

        assertEquals(OP + " timed out: no complete response within PT0.3S", error.getMessage());
    }

    @Test
    void cancellingAnAsyncCallAbortsItsExchange() throws InterruptedException {
        IncidentsApi api = new IncidentsApi(Faults.client(server).build());
        server.answerInTurn(Faults.TODOS + "slow", HostileBodies.trickling(LoopbackServer.resource("todo-200.json"), Duration.ofMillis(200)));

        CompletableFuture<IncidentTodoResponse> call = api.getIncidentTodoAsync(Faults.INCIDENT, "slow");
        Thread.sleep(500);
        call.cancel(true);

        assertThrows(CancellationException.class, call::join);
        assertTrue(server.awaitBrokenOff(1, Duration.ofSeconds(10)), "the exchange went on");
        assertEquals("Restore lost data.", api.getIncidentTodoAsync(Faults.INCIDENT, "ok").join().getData().getAttributes().getContent());
    }

    @Test
    void anInterruptedBlockingCallAbortsItsExchange() throws InterruptedException {
        IncidentsApi api = new IncidentsApi(Faults.client(server).build());
        server.answerInTurn(Faults.TODOS + "slow", HostileBodies.trickling(LoopbackServer.resource("todo-200.json"), Duration.ofMillis(200)));
        ApiException[] failure = new ApiException[1];
        Thread caller = new Thread(() -> failure[0] = assertThrows(ApiException.class,
                () -> api.getIncidentTodo(Faults.INCIDENT, "slow")));

        caller.start();
        Thread.sleep(500);
        caller.interrupt();
        caller.join(5000);

        assertEquals(OP + " was interrupted", failure[0].getMessage());
        assertTrue(server.awaitBrokenOff(1, Duration.ofSeconds(10)), "the exchange went on");
    }
}
