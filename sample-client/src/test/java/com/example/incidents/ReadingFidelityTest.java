package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.Faults.Mode;
import com.example.incidents.api.IncidentsApi;
import com.example.incidents.json.Deviation;
import com.example.incidents.json.JsonCodec;
import com.example.incidents.model.APIErrorResponse;
import com.example.incidents.model.IncidentTodoResponse;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reading keeps and reports everything a server sends: explicit nulls the spec does not allow,
 * duplicate keys, empty bodies and error bodies that do not fit; strict mode refuses what contradicts
 * the spec, and strict-closed mode also what the spec does not mention.
 */
class ReadingFidelityTest {

    private static final ObjectMapper TREES = new ObjectMapper();
    /** A todo that matches the spec exactly. */
    private static final String TODO = "{\"data\": {\"attributes\": {\"assignees\": [\"@test.user\"], "
            + "\"content\": \"Restore lost data.\"}, \"id\": \"todo-1\", \"type\": \"incident_todos\", "
            + "\"relationships\": {\"created_by_user\": {\"data\": {\"id\": \"u-1\", \"type\": \"users\"}}, "
            + "\"last_modified_by_user\": {\"data\": {\"id\": \"u-1\", \"type\": \"users\"}}}}}";

    private final Faults faults = new Faults();
    private final List<Deviation> heard = new ArrayList<>();
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

    private IncidentsApi api(ReadMode mode) {
        return new IncidentsApi(Faults.client(server).readMode(mode).deviationListener((id, deviations) -> heard.addAll(deviations)).build());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anExplicitNullOnANonNullablePropertyIsKeptWrittenBackAndReported(Mode mode) throws IOException {
        String body = TODO.replace("\"content\": \"Restore lost data.\"", "\"content\": null");
        server.answer(Faults.TODOS + "null", 200, body);

        ApiResponse<IncidentTodoResponse> response = faults.todoResponse(mode, api(ReadMode.TOLERANT), "null");
        ApiException strict = faults.todoFailure(mode, api(ReadMode.STRICT), "null");

        assertNull(response.body().getData().getAttributes().getContent());
        assertEquals(List.of("/data/attributes/content: null, which the spec does not allow here"), texts(response.deviations()));
        assertEquals(Deviation.Kind.NULL_VALUE, response.deviations().get(0).kind());
        assertTrue(tree(write(IncidentTodoResponse.CODEC, response.body())).at("/data/attributes/content").isNull(),
                "written back as null, not dropped");
        assertEquals(tree(body), tree(write(IncidentTodoResponse.CODEC, response.body())));
        assertEquals(response.deviations(), strict.deviations());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aDuplicateKeyIsReportedAndItsLastValueKept(Mode mode) throws IOException {
        String body = TODO.replace("\"content\": \"Restore lost data.\"",
                "\"content\": 42, \"content\": \"Restore lost data.\", \"content\": \"Restore all data.\"");
        server.answer(Faults.TODOS + "twice", 200, body);

        ApiResponse<IncidentTodoResponse> response = faults.todoResponse(mode, api(ReadMode.TOLERANT), "twice");
        ApiException strict = faults.todoFailure(mode, api(ReadMode.STRICT), "twice");

        assertEquals("Restore all data.", response.body().getData().getAttributes().getContent());
        assertEquals(List.of("/data/attributes/content: expected a string, found a number",
                "/data/attributes/content: duplicate property; its last value is kept",
                "/data/attributes/content: duplicate property; its last value is kept"), texts(response.deviations()));
        assertEquals(tree(TODO.replace("Restore lost data.", "Restore all data.")),
                tree(write(IncidentTodoResponse.CODEC, response.body())), "written back once, with the last value");
        assertEquals(3, strict.deviations().size());
    }

    @Test
    void sameNamedPropertiesOfSiblingAndNestedObjectsAreNoDuplicates() {
        server.answer(Faults.TODOS + "ok", 200, TODO);

        ApiResponse<IncidentTodoResponse> response = faults.todoResponse(Mode.BLOCKING, api(ReadMode.STRICT), "ok");

        assertEquals(List.of(), response.deviations());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anEmptyBodyWhereTheSpecDeclaresOneIsADeviationThatStrictModeRefuses(Mode mode) {
        server.answerInTurn(Faults.TODOS + "empty", LoopbackServer.Answer.of(200, "application/json", new byte[0]));

        ApiResponse<IncidentTodoResponse> tolerant = faults.todoResponse(mode, api(ReadMode.TOLERANT), "empty");
        ApiException strict = faults.todoFailure(mode, api(ReadMode.STRICT), "empty");

        assertNull(tolerant.body());
        assertEquals(List.of("/: no body where the spec declares one"), texts(tolerant.deviations()));
        assertEquals(tolerant.deviations(), heard);
        assertEquals(List.of(Deviation.Kind.EMPTY_BODY), strict.deviations().stream().map(Deviation::kind).toList());
        assertTrue(strict.getMessage().endsWith("returned a body that deviates from the spec: [/: no body where the spec declares one]"),
                strict.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void errorBodyDeviationsReachTheExceptionAndAnErrorBodyThatDoesNotFitStaysRaw(Mode mode) {
        server.answer(Faults.TODOS + "extra", 404, "{\"errors\":[\"Not found\"],\"trace\":\"t-1\"}");
        server.answer(Faults.TODOS + "other", 404, "{\"message\":\"Not found\"}");

        ApiException fits = faults.todoFailure(mode, api(ReadMode.TOLERANT), "extra");
        ApiException other = faults.todoFailure(mode, api(ReadMode.TOLERANT), "other");
        ApiException closed = faults.todoFailure(mode, api(ReadMode.STRICT_CLOSED), "extra");

        assertEquals(List.of("Not found"), fits.errorBody(APIErrorResponse.class).orElseThrow().getErrors());
        assertEquals(List.of("/trace: undeclared property of APIErrorResponse"), texts(fits.deviations()));
        assertTrue(other.errorBody().isEmpty(), "no typed error of nulls");
        assertEquals("{\"message\":\"Not found\"}", other.rawBody());
        assertEquals(List.of("/message: undeclared property of APIErrorResponse", "/errors: required property of APIErrorResponse is missing"),
                texts(other.deviations()));
        assertTrue(other.getMessage().endsWith("; the body does not fit the error the spec declares: "
                + "[/errors: required property of APIErrorResponse is missing]"), other.getMessage());
        assertTrue(closed.errorBody().isEmpty(), "strict-closed mode does not accept the undeclared trace");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void strictModeAcceptsWhatTheSpecDoesNotMentionAndStrictClosedModeRefusesIt(Mode mode) throws IOException {
        String body = TODO.replaceFirst("\\{", "{\"meta\": {\"page\": 1},");
        server.answer(Faults.TODOS + "meta", 200, body);

        ApiResponse<IncidentTodoResponse> strict = faults.todoResponse(mode, api(ReadMode.STRICT), "meta");
        ApiException closed = faults.todoFailure(mode, api(ReadMode.STRICT_CLOSED), "meta");

        assertEquals(List.of("/meta: undeclared property of IncidentTodoResponse"), texts(strict.deviations()));
        assertEquals(Deviation.Kind.UNDECLARED_PROPERTY, strict.deviations().get(0).kind());
        assertEquals(strict.deviations(), closed.deviations());
        assertEquals(tree(body), tree(write(IncidentTodoResponse.CODEC, strict.body())));
    }

    private static List<String> texts(List<Deviation> deviations) {
        return deviations.stream().map(Deviation::toString).toList();
    }

    private static JsonNode tree(String json) throws IOException {
        return TREES.readTree(json);
    }

    private static <T> String write(JsonCodec<T> codec, T value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = new JsonFactory().createGenerator(out)) {
            codec.write(generator, value);
        }
        return out.toString();
    }

}
