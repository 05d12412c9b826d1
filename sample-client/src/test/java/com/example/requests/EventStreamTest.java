package com.example.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.LoopbackServer;
import com.example.requests.api.EventsApi;
import com.example.requests.json.Deviation;
import com.example.requests.model.PetEvent;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operations answering {@code text/event-stream} return their events as they arrive, each event's
 * data typed by the spec's schema (src/test/openapi/requests-fixture.yaml), parsed as the WHATWG
 * standard says.
 */
class EventStreamTest {

    private final List<List<Deviation>> deviations = new CopyOnWriteArrayList<>();
    private LoopbackServer server;
    private EventsApi api;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        api = new EventsApi(client(ReadMode.TOLERANT));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void typedEventsArriveOneByOneWithTheirIdsTypesAndRetry() throws InterruptedException {
        CountDownLatch firstReceived = new CountDownLatch(1);
        server.handle("/events", exchange -> {
            OutputStream out = open(exchange);
            write(out, "\uFEFF: a comment\nid: 1\nevent: created\ndata: {\"pet\":\"a\",\ndata: \"action\":\"born\"}\n\n");
            boolean waited = await(firstReceived);
            write(out, waited ? "retry: 1500\r\ndata: {\"pet\":\"b\"}\r\n\r\ndata: {\"pet\":\"c\"}\r\rid\ndata:\n\n" : "data: {\"pet\":\"late\"}\n\n");
            out.close();
        });

        List<ServerSentEvent<PetEvent>> events = new ArrayList<>();
        try (EventStream<PetEvent> stream = api.streamEvents()) {
            events.add(stream.next());
            firstReceived.countDown();
            stream.forEachRemaining(events::add);
            assertEquals(Duration.ofMillis(1500), stream.reconnectionTime().orElseThrow());
        }

        assertEquals(4, events.size());
        ServerSentEvent<PetEvent> first = events.get(0);
        assertEquals("1", first.id());
        assertEquals("created", first.event());
        assertEquals("a", first.data().getPet());
        assertEquals("born", first.data().getAction());
        assertEquals("{\"pet\":\"a\",\n\"action\":\"born\"}", first.rawData());
        assertNull(first.retry());
        assertEquals("b", events.get(1).data().getPet(), "the second event came only after the first was read");
        assertEquals("message", events.get(1).event());
        assertEquals("1", events.get(1).id(), "the last event ID carries over");
        assertEquals(Duration.ofMillis(1500), events.get(1).retry());
        assertEquals("c", events.get(2).data().getPet(), "lines may end with CR alone");
        assertEquals("", events.get(3).id(), "an id field without a value resets the last event ID");
        assertNull(events.get(3).data(), "empty JSON data reads as null");
        assertEquals(List.of(), deviations);
    }

    @Test
    void textEventsKeepTheirLinesAndAnUnfinishedLastEventIsDropped() {
        server.handle("/ticks", exchange -> {
            OutputStream out = open(exchange);
            write(out, "data: line one\ndata:line two\n\n: keep-alive\n\nevent: end\ndata\n\nunknown: field\n\ndata: never finished");
            out.close();
        });

        List<ServerSentEvent<String>> events;
        try (EventStream<String> stream = api.streamTicks()) {
            events = stream.stream().toList();
        }

        assertEquals(2, events.size());
        assertEquals("line one\nline two", events.get(0).data());
        assertEquals("end", events.get(1).event());
        assertEquals("", events.get(1).data());
    }

    @Test
    void theAsyncMethodCompletesWhenTheHeadersArriveAndTheEventsFollow() throws Exception {
        CountDownLatch headersSeen = new CountDownLatch(1);
        server.handle("/ticks", exchange -> {
            OutputStream out = open(exchange);
            write(out, ": open\n\n");
            write(out, await(headersSeen) ? "data: after\n\n" : "data: before\n\n");
            out.close();
        });

        try (EventStream<String> stream = api.streamTicksAsync().get(10, TimeUnit.SECONDS)) {
            headersSeen.countDown();
            assertEquals("after", stream.next().data());
            assertFalse(stream.hasNext());
        }
    }

    @Test
    void aStreamLastsLongerThanTheRequestTimeoutOnceItsHeadersHaveArrived() {
        server.handle("/ticks", exchange -> {
            OutputStream out = open(exchange);
            try {
                for (int i = 0; i < 4; i++) {
                    write(out, "data: tick " + i + "\n\n");
                    Thread.sleep(250);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.close();
        });
        EventsApi quick = new EventsApi(ApiClient.builder(Map.<String, String>of()::get).baseUrl(server.baseUrl())
                .requestTimeout(Duration.ofMillis(400)).retryPolicy(RetryPolicy.none()).build());

        try (EventStream<String> stream = quick.streamTicks()) {
            assertEquals(List.of("tick 0", "tick 1", "tick 2", "tick 3"), stream.stream().map(ServerSentEvent::data).toList());
        }
    }

    @Test
    void closingTheStreamStopsReadingAndReleasesTheConnection() throws InterruptedException {
        CountDownLatch serverDone = new CountDownLatch(1);
        server.handle("/ticks", exchange -> {
            OutputStream out = open(exchange);
            try {
                for (int i = 0; i < 1000; i++) {
                    write(out, "data: tick " + i + "\n\n");
                    Thread.sleep(20);
                }
            } catch (IOException | InterruptedException e) {
                serverDone.countDown();
            }
        });

        EventStream<String> stream = api.streamTicks();
        assertEquals("tick 0", stream.next().data());
        assertEquals("tick 1", stream.next().data());
        stream.close();

        assertFalse(stream.hasNext());
        assertTrue(serverDone.await(10, TimeUnit.SECONDS), "the server sees the connection closed");
    }

    @Test
    void eventDataThatDeviatesIsReportedInTolerantModeAndRefusedInStrictMode() {
        server.handle("/events", exchange -> {
            OutputStream out = open(exchange);
            write(out, "data: {\"action\":\"left\"}\n\n");
            out.close();
        });

        try (EventStream<PetEvent> stream = api.streamEvents()) {
            assertEquals("left", stream.next().data().getAction());
        }
        assertEquals(1, deviations.size());

        try (EventStream<PetEvent> strict = new EventsApi(client(ReadMode.STRICT)).streamEvents()) {
            ApiException error = assertThrows(ApiException.class, strict::next);
            assertTrue(error.getMessage().contains("deviates from the spec"), error.getMessage());
        }
    }

    @Test
    void aLineLongerThanTheLimitFailsTheIteration() {
        server.handle("/ticks", exchange -> {
            OutputStream out = open(exchange);
            write(out, "data: " + "x".repeat(2 * 1024 * 1024) + "\n\n");
            out.close();
        });

        try (EventStream<String> stream = api.streamTicks()) {
            ApiException error = assertThrows(ApiException.class, stream::hasNext);
            assertEquals("streamTicks lost the event stream: a line of the event stream is longer than 1048576 bytes", error.getMessage());
        }
    }

    private ApiClient client(ReadMode mode) {
        return ApiClient.builder(Map.<String, String>of()::get).baseUrl(server.baseUrl()).bearerAuth("token")
                .retryPolicy(RetryPolicy.none()).readMode(mode)
                .deviationListener((operation, found) -> deviations.add(found)).build();
    }

    private static OutputStream open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
