package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.Faults.Mode;
import com.example.incidents.LoopbackServer.Answer;
import com.example.incidents.api.IncidentsApi;
import com.example.incidents.model.IncidentTodoResponse;
import java.io.IOException;
import java.net.http.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No secret leaves the client: not in a cause that echoes it, not cut in half in a quoted body, not in
 * a {@code toString}, and never to another origin, whatever {@link HttpClient} is supplied.
 */
class SecretsAndRedirectsTest {

    private static final String OP = "GetIncidentTodo (GET /api/v2/incidents/{incident_id}/relationships/todos/{todo_id})";

    private final Faults faults = new Faults();
    private LoopbackServer server;
    private LoopbackServer elsewhere;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        elsewhere = new LoopbackServer();
        server.answer(Faults.TODOS + "ok", 200, LoopbackServer.resource("todo-200.json"));
    }

    @AfterEach
    void stop() {
        server.close();
        elsewhere.close();
        faults.assertNoSecret();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aCauseWhoseMessageEchoesAKeyIsReplacedByAScrubbedCopyOfTheSameTypeAndStack(Mode mode) {
        IncidentsApi api = new IncidentsApi(Faults.client(server).apiKeyAuth(Faults.WORD_KEY).build());
        server.answer(Faults.TODOS + "echo", 200, Faults.WORD_KEY);

        ApiException error = faults.todoFailure(mode, api, "echo");

        ScrubbedException cause = assertInstanceOf(ScrubbedException.class, error.getCause());
        assertEquals("com.fasterxml.jackson.core.JsonParseException", cause.originalType());
        assertTrue(cause.toString().startsWith("com.fasterxml.jackson.core.JsonParseException: Unrecognized token '****'"),
                cause.toString());
        assertTrue(cause.getStackTrace().length > 0 && cause.getStackTrace()[0].getClassName().startsWith("com.fasterxml.jackson"),
                "the original stack trace");
        assertEquals(Faults.WORD_KEY, error.rawBody(), "the raw body keeps what the server sent");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aKeyStraddlingTheEndOfTheQuotedBodyIsRedactedBeforeTheBodyIsCut(Mode mode) {
        IncidentsApi api = new IncidentsApi(Faults.client(server).build());
        String prefix = "{\"errors\":[\"" + "x".repeat(200 - "{\"errors\":[\"".length() - 8);
        server.answer(Faults.TODOS + "echo", 403, prefix + Faults.API_KEY + "\"]}");

        ApiException error = faults.todoFailure(mode, api, "echo");

        assertFalse(error.getMessage().contains(Faults.API_KEY.substring(0, 6)), error.getMessage());
        assertTrue(error.getMessage().endsWith(prefix + "****\"]}\""), error.getMessage());
        assertTrue(error.rawBody().contains(Faults.API_KEY));
    }

    /** The seed todo has two deviations of its own (an assignee of neither branch, a user's undeclared uuid). */
    @Test
    void responsesPrintNeitherEchoedHeadersNorBodies() {
        IncidentsApi api = new IncidentsApi(Faults.client(server).build());
        server.answerInTurn(Faults.TODOS + "echo", Answer.json(200, LoopbackServer.resource("todo-200.json")
                .replace("Restore lost data.", Faults.API_KEY)).withHeader("X-Echo", Faults.APP_KEY));

        ApiResponse<IncidentTodoResponse> response = faults.todoResponse(Mode.BLOCKING, api, "echo");

        assertEquals("ApiResponse[statusCode=200, headers=[content-length, content-type, date, x-echo, x-request-seen], "
                + "body=IncidentTodoResponse, deviations=2]", response.toString());
        assertEquals(Faults.APP_KEY, response.headers().firstValue("X-Echo").orElseThrow());
    }

    @Test
    void aClientThatFollowsRedirectsItselfIsRefused() {
        for (HttpClient.Redirect policy : new HttpClient.Redirect[] {HttpClient.Redirect.ALWAYS, HttpClient.Redirect.NORMAL}) {
            HttpClient following = HttpClient.newBuilder().followRedirects(policy).build();

            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> Faults.client(server).httpClient(following));

            assertEquals("the HttpClient follows redirects (" + policy + "), so it would send the credentials to any host a "
                    + "redirect names; build it with followRedirects(HttpClient.Redirect.NEVER): the ApiClient follows redirects "
                    + "within its own origin itself", error.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRedirectToAnotherOriginIsNotFollowedSoNothingReachesIt(Mode mode) {
        IncidentsApi api = new IncidentsApi(Faults.client(server).httpClient(HttpClient.newHttpClient()).build());
        String target = elsewhere.baseUrl() + Faults.TODOS + "ok";
        elsewhere.answer(Faults.TODOS + "ok", 200, LoopbackServer.resource("todo-200.json"));
        server.answerInTurn(Faults.TODOS + "moved", Answer.json(302, "{}").withHeader("Location", target));

        ApiException error = faults.todoFailure(mode, api, "moved");

        assertEquals(OP + " was redirected (status 302) to another origin, " + elsewhere.baseUrl() + "; not followed, so that "
                + "the credentials stay with " + server.baseUrl().substring("http://".length()), error.getMessage());
        assertEquals(302, error.statusCode());
        assertEquals(target, error.headers().firstValue("Location").orElseThrow());
        assertTrue(elsewhere.requests().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRedirectWithinTheOriginIsFollowedWithTheCredentials(Mode mode) {
        IncidentsApi api = new IncidentsApi(Faults.client(server).build());
        server.answerInTurn(Faults.TODOS + "moved", Answer.json(307, "{}").withHeader("Location", Faults.TODOS + "ok"));

        assertEquals("Restore lost data.", faults.todo(mode, api, "moved").getData().getAttributes().getContent());

        assertEquals(Faults.TODOS + "ok", server.requests().get(1).rawPath());
        assertEquals(Faults.API_KEY, server.requests().get(1).header("DD-API-KEY"));
        assertEquals(Faults.APP_KEY, server.requests().get(1).header("DD-APPLICATION-KEY"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aRedirectLoopEndsAfterFiveRedirects(Mode mode) {
        IncidentsApi api = new IncidentsApi(Faults.client(server).build());
        server.answerInTurn(Faults.TODOS + "loop", Answer.json(301, "{}").withHeader("Location", Faults.TODOS + "loop"));

        ApiException error = faults.todoFailure(mode, api, "loop");

        assertEquals(OP + " was redirected (status 301) more than 5 times; the last to " + server.baseUrl() + Faults.TODOS + "loop",
                error.getMessage());
        assertEquals(6, server.requests().size());
        assertNull(error.getCause());
    }
}
