package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.Faults.Mode;
import com.example.incidents.LoopbackServer.Answer;
import com.example.incidents.api.IncidentsApi;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retries against a hostile loopback server: server-asked waits of any size or shape, a storm of
 * 429s under a retry budget, and connections reset before any response byte.
 */
class RetryHardeningTest {

    private final Faults faults = new Faults();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
    }

    @AfterEach
    void stop() {
        server.close();
        faults.assertNoSecret();
    }

    /** Retries as by default, but records the waits instead of waiting. */
    private RetryPolicyBuilder recorded() {
        return RetryPolicy.builder().waiter(delay -> {
            waits.add(delay);
            return CompletableFuture.completedFuture(null);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Retry-After: 9223372036854775807", "X-RateLimit-Reset: 9223372036854775807",
        "Retry-After: 99999999999999999999999999", "X-RateLimit-Reset: 99999999999999999999999999",
        "Retry-After: Fri, 31 Dec 9999 23:59:59 GMT"})
    void aServerAskingForAnEndlessWaitGetsItsAnswerBackAsTheApiException(String header) {
        String[] nameAndValue = header.split(": ", 2);
        IncidentsApi api = new IncidentsApi(Faults.client(server).retryPolicy(recorded().build()).build());
        server.answerInTurn(Faults.TODOS + "limited", Answer.json(429, "{\"errors\":[\"slow down\"]}").withHeader(nameAndValue[0], nameAndValue[1]));

        for (Mode mode : Mode.values()) {
            ApiException error = faults.todoFailure(mode, api, "limited");

            assertEquals(429, error.statusCode(), header);
        }
        assertEquals(2, server.requests().size());
        assertEquals(List.of(), waits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "soon", "1.5", "", "0x10"})
    void aServerWaitThatIsNoNumberOrDateFallsBackToTheBackoff(String value) {
        IncidentsApi api = new IncidentsApi(Faults.client(server).retryPolicy(recorded().maxDelay(Duration.ofSeconds(2)).build()).build());
        server.answerInTurn(Faults.TODOS + "limited", Answer.json(429, "{}").withHeader("Retry-After", value),
                Answer.json(200, LoopbackServer.resource("todo-200.json")));

        faults.todo(Mode.BLOCKING, api, "limited");

        assertEquals(1, waits.size());
        assertTrue(waits.get(0).compareTo(Duration.ofMillis(250)) >= 0 && waits.get(0).compareTo(Duration.ofMillis(500)) <= 0,
                waits::toString);
    }

    @Test
    void anHttpDateInThePastMeansRetryNow() {
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).minusHours(1));
        IncidentsApi api = new IncidentsApi(Faults.client(server).retryPolicy(recorded().build()).build());
        server.answerInTurn(Faults.TODOS + "limited", Answer.json(503, "{}").withHeader("Retry-After", past),
                Answer.json(200, LoopbackServer.resource("todo-200.json")));

        faults.todo(Mode.ASYNC, api, "limited");

        assertEquals(List.of(Duration.ZERO), waits);
    }

    @Test
    void aRetryBudgetKeepsAStormOfTooManyRequestsFromMultiplyingTheTraffic() {
        server.answerInTurn(Faults.TODOS + "storm", Answer.json(429, "{}").withHeader("Retry-After", "0"));
        IncidentsApi unbudgeted = new IncidentsApi(Faults.client(server).retryPolicy(recorded().build()).build());
        IncidentsApi budgeted = new IncidentsApi(Faults.client(server).retryPolicy(recorded().retryBudget(0.1, 2).build()).build());

        for (int i = 0; i < 30; i++) {
            faults.todoFailure(i % 2 == 0 ? Mode.BLOCKING : Mode.ASYNC, unbudgeted, "storm");
        }
        int withoutBudget = server.requests().size();
        for (int i = 0; i < 30; i++) {
            faults.todoFailure(i % 2 == 0 ? Mode.BLOCKING : Mode.ASYNC, budgeted, "storm");
        }
        int withBudget = server.requests().size() - withoutBudget;

        assertEquals(120, withoutBudget, "4 attempts per call");
        assertTrue(withBudget >= 30 && withBudget <= 30 + 2 + 3, "at most 2 + 10% of 30 retries, was " + (withBudget - 30));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aConnectionResetBeforeAnyResponseIsRetriedForAnIdempotentMethod(Mode mode) throws IOException {
        try (ResetServer reset = new ResetServer()) {
            IncidentsApi once = new IncidentsApi(Faults.client(server).baseUrl(reset.baseUrl()).build());
            IncidentsApi thrice = new IncidentsApi(Faults.client(server).baseUrl(reset.baseUrl())
                    .retryPolicy(recorded().maxAttempts(3).build()).build());

            faults.todoFailure(mode, once, "x");
            int perAttempt = reset.connections();
            ApiException error = faults.todoFailure(mode, thrice, "x");

            assertTrue(error.getMessage().contains("lost the connection before a complete response arrived"), error.getMessage());
            assertEquals(4 * perAttempt, reset.connections(), "one attempt, then three (the JDK may reconnect once per attempt)");
            assertEquals(2, waits.size());
        }
    }
}
