package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.api.IncidentsApi;
import com.example.incidents.json.Deviation;
import com.example.incidents.json.JsonCodec;
import com.example.incidents.json.JsonInput;
import com.example.incidents.model.IncidentIntegrationMetadataResponse;
import com.example.incidents.model.IncidentNotificationTemplate;
import com.example.incidents.model.IncidentTodoResponse;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every example body published on the seed reference pages reads through the generated client: in
 * tolerant mode with its known deviations reported at their pointers, in strict mode refused with
 * the same pointers, and read-write-read without losing anything.
 *
 * <p>Besides the two quirks the pages are known for, every body includes a user whose attributes
 * carry {@code uuid}, which the pages document but the spec's {@code UserAttributes} does not
 * declare; it is reported as an undeclared property at its pointer.
 */
class SeedBodiesTest {

    private static final String INCIDENT = "00000000-aaaa-0000-0000-000000000000";
    private static final String TEMPLATE = "00000000-0000-0000-0000-000000000001";
    private static final String TODO_PATH = "/api/v2/incidents/" + INCIDENT + "/relationships/todos/todo-1";
    private static final String INTEGRATION_PATH = "/api/v2/incidents/" + INCIDENT + "/relationships/integrations/meta-1";
    private static final String TEMPLATE_PATH = "/api/v2/incidents/config/notification-templates/" + TEMPLATE;
    private static final String USER_UUID = "/included/0/attributes/uuid";
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper TREES = new ObjectMapper();

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.answer(TODO_PATH, 200, LoopbackServer.resource("todo-200.json"));
        server.answer(INTEGRATION_PATH, 200, LoopbackServer.resource("integration-200.json"));
        server.answer(TEMPLATE_PATH, 200, LoopbackServer.resource("notification-template-200.json"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void todoAssigneeMatchingNeitherBranchIsTheOnlyDeviation() {
        List<Deviation> reported = new ArrayList<>();

        api(ReadMode.TOLERANT, reported).getIncidentTodo(INCIDENT, "todo-1");

        assertEquals(List.of("/data/attributes/assignees/0", USER_UUID), pointers(reported));
    }

    @Test
    void integrationStatusSentAsTextIsTheOnlyDeviation() {
        List<Deviation> reported = new ArrayList<>();

        api(ReadMode.TOLERANT, reported).getIncidentIntegration(INCIDENT, "meta-1");

        assertEquals(List.of("/data/attributes/status", USER_UUID), pointers(reported));
    }

    @Test
    void notificationTemplateReportsOnlyTheUndeclaredUserUuid() {
        List<Deviation> reported = new ArrayList<>();

        IncidentNotificationTemplate template = api(ReadMode.TOLERANT, reported)
                .getIncidentNotificationTemplate(UUID.fromString(TEMPLATE), new IncidentsApi.GetIncidentNotificationTemplateOptions());

        assertEquals(List.of(USER_UUID), pointers(reported));
        assertEquals(UUID.fromString(TEMPLATE), template.getData().getId());
    }

    @Test
    void strictModeRefusesTheTodoWithTheSamePointer() {
        ApiException error = assertThrows(ApiException.class,
                () -> api(ReadMode.STRICT, new ArrayList<>()).getIncidentTodo(INCIDENT, "todo-1"));

        assertEquals(List.of("/data/attributes/assignees/0", USER_UUID), pointers(error.deviations()));
    }

    @Test
    void strictModeRefusesTheIntegrationWithTheSamePointer() {
        ApiException error = assertThrows(ApiException.class,
                () -> api(ReadMode.STRICT, new ArrayList<>()).getIncidentIntegration(INCIDENT, "meta-1"));

        assertEquals(List.of("/data/attributes/status", USER_UUID), pointers(error.deviations()));
    }

    @Test
    void strictModeAcceptsTheNotificationTemplateWhoseOnlyDeviationIsAnUndeclaredPropertyAndReportsIt() {
        List<Deviation> reported = new ArrayList<>();

        IncidentNotificationTemplate template = api(ReadMode.STRICT, reported)
                .getIncidentNotificationTemplate(UUID.fromString(TEMPLATE), new IncidentsApi.GetIncidentNotificationTemplateOptions());

        assertEquals(UUID.fromString(TEMPLATE), template.getData().getId());
        assertEquals(List.of(USER_UUID), pointers(reported));
    }

    @Test
    void strictClosedModeRefusesTheNotificationTemplateForItsUndeclaredProperty() {
        ApiException error = assertThrows(ApiException.class, () -> api(ReadMode.STRICT_CLOSED, new ArrayList<>())
                .getIncidentNotificationTemplate(UUID.fromString(TEMPLATE), new IncidentsApi.GetIncidentNotificationTemplateOptions()));

        assertEquals(List.of(USER_UUID), pointers(error.deviations()));
        assertTrue(error.getMessage().endsWith("deviates from the spec: [" + USER_UUID + ": undeclared property of UserAttributes]"),
                error.getMessage());
    }

    @Test
    void seedBodiesRoundTripWithoutLoss() throws IOException {
        assertRoundTrip(IncidentTodoResponse.CODEC, LoopbackServer.resource("todo-200.json"));
        assertRoundTrip(IncidentIntegrationMetadataResponse.CODEC, LoopbackServer.resource("integration-200.json"));
        assertRoundTrip(IncidentNotificationTemplate.CODEC, LoopbackServer.resource("notification-template-200.json"));
    }

    @Test
    void undeclaredFieldsUnknownEnumValuesAndExplicitNullsRoundTripAndAreReported() throws IOException {
        String body = edit(LoopbackServer.resource("todo-200.json"), tree -> {
            tree.withObjectProperty("data").put("surprise", "kept");
            tree.withObjectProperty("data").put("type", "incident_todos_v2");
            tree.withObjectProperty("data").withObjectProperty("attributes").putNull("completed");
            tree.withObjectProperty("data").withObjectProperty("attributes").withArray("assignees").set(0, TREES.getNodeFactory().textNode("@jane"));
            return tree;
        });

        List<Deviation> deviations = assertRoundTrip(IncidentTodoResponse.CODEC, body);

        assertEquals(List.of("/data/surprise", "/data/type", USER_UUID), pointers(deviations).stream().sorted().toList());
        IncidentTodoResponse todo = read(IncidentTodoResponse.CODEC, body, new ArrayList<>());
        assertEquals(true, todo.getData().getAttributes().getCompleted().isNull());
        assertEquals(false, todo.getData().getType().isKnown());
    }

    private IncidentsApi api(ReadMode mode, List<Deviation> reported) {
        ApiClient client = ApiClient.builder()
                .baseUrl(server.baseUrl())
                .apiKeyAuth("test-api-key")
                .appKeyAuth("test-app-key")
                .enableUnstableOperations("GetIncidentIntegration", "GetIncidentNotificationTemplate", "GetIncidentTodo")
                .readMode(mode)
                .deviationListener((operationId, deviations) -> reported.addAll(deviations))
                .build();
        return new IncidentsApi(client);
    }

    private static List<String> pointers(List<Deviation> deviations) {
        return deviations.stream().map(Deviation::pointer).toList();
    }

    /** Reads, writes and reads again; asserts equal values, equal deviations and equal JSON trees. */
    private static <T> List<Deviation> assertRoundTrip(JsonCodec<T> codec, String body) throws IOException {
        List<Deviation> first = new ArrayList<>();
        T value = read(codec, body, first);
        String written = write(codec, value);
        List<Deviation> second = new ArrayList<>();
        T again = read(codec, written, second);

        assertEquals(value, again, written);
        assertEquals(first.stream().map(Deviation::toString).sorted().toList(),
                second.stream().map(Deviation::toString).sorted().toList());
        assertEquals(sameDateTimeSpelling(TREES.readTree(body)), sameDateTimeSpelling(TREES.readTree(written)));
        return first;
    }

    private static <T> T read(JsonCodec<T> codec, String body, List<Deviation> deviations) throws IOException {
        try (JsonParser parser = JSON.createParser(body)) {
            return JsonInput.start(parser, deviations).read(codec);
        }
    }

    private static <T> String write(JsonCodec<T> codec, T value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            codec.write(generator, value);
        }
        return out.toString();
    }

    /**
     * The JSON tree with every date-time spelled one way: the client writes the same instant and
     * offset, but {@code +00:00} as {@code Z} and without trailing zero fractions.
     */
    private static JsonNode sameDateTimeSpelling(JsonNode tree) {
        if (tree.isTextual()) {
            try {
                return TREES.getNodeFactory().textNode(OffsetDateTime.parse(tree.textValue()).toString());
            } catch (DateTimeParseException notADateTime) {
                return tree;
            }
        }
        if (tree.isArray()) {
            ArrayNode copy = TREES.createArrayNode();
            tree.forEach(item -> copy.add(sameDateTimeSpelling(item)));
            return copy;
        }
        if (tree.isObject()) {
            ObjectNode copy = TREES.createObjectNode();
            tree.fields().forEachRemaining(field -> copy.set(field.getKey(), sameDateTimeSpelling(field.getValue())));
            return copy;
        }
        return tree;
    }

    private static String edit(String json, Function<ObjectNode, JsonNode> change) throws IOException {
        return change.apply((ObjectNode) TREES.readTree(json)).toString();
    }
}
