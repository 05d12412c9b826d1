package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.incidents.api.IncidentsApi;
import com.example.incidents.json.Deviation;
import com.example.incidents.model.APIErrorResponse;
import com.example.incidents.model.IncidentIntegrationMetadataMetadata;
import com.example.incidents.model.IncidentIntegrationMetadataResponse;
import com.example.incidents.model.IncidentNotificationTemplate;
import com.example.incidents.model.IncidentNotificationTemplateIncludedItems;
import com.example.incidents.model.IncidentTodoAssignee;
import com.example.incidents.model.IncidentTodoResponse;
import com.example.incidents.model.IncidentTodoResponseIncludedItem;
import com.example.incidents.model.SlackIntegrationMetadata;
import com.example.incidents.model.User;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three operations, called through the generated client against a real HTTP server on loopback. */
class IncidentsClientTest {

    private static final String INCIDENT = "00000000-aaaa-0000-0000-000000000000";
    private static final String TEMPLATE = "00000000-0000-0000-0000-000000000001";

    private LoopbackServer server;
    private final List<Deviation> reported = new CopyOnWriteArrayList<>();
    private IncidentsApi api;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        ApiClient client = ApiClient.builder()
                .baseUrl(server.baseUrl())
                .apiKeyAuth("test-api-key")
                .appKeyAuth("test-app-key")
                .enableUnstableOperations("GetIncidentIntegration", "GetIncidentNotificationTemplate", "GetIncidentTodo")
                .deviationListener((operationId, deviations) -> reported.addAll(deviations))
                .build();
        api = new IncidentsApi(client);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void integrationMetadataReadsTheSlackChannelFromTheDocumentedExample() {
        server.answer("/api/v2/incidents/" + INCIDENT + "/relationships/integrations/meta-1", 200,
                LoopbackServer.resource("integration-200.json"));

        IncidentIntegrationMetadataResponse response = api.getIncidentIntegration(INCIDENT, "meta-1");

        IncidentIntegrationMetadataMetadata metadata = response.getData().getAttributes().getMetadata();
        SlackIntegrationMetadata slack = assertInstanceOf(IncidentIntegrationMetadataMetadata.SlackIntegrationMetadataVariant.class, metadata).value();
        assertEquals("#example-channel-name", slack.getChannels().get(0).getChannelName());
        assertEquals(1, response.getData().getAttributes().getIntegrationType());
        assertEquals(OffsetDateTime.of(2019, 9, 19, 10, 0, 0, 0, ZoneOffset.UTC), response.getData().getAttributes().getCreated());
    }

    @Test
    void integrationStatusSentAsTextIsKeptAndReportedAtItsPointer() {
        server.answer("/api/v2/incidents/" + INCIDENT + "/relationships/integrations/meta-1", 200,
                LoopbackServer.resource("integration-200.json"));

        IncidentIntegrationMetadataResponse response = api.getIncidentIntegration(INCIDENT, "meta-1");

        assertEquals(null, response.getData().getAttributes().getStatus());
        assertEquals("integer", response.getData().getAttributes().getAdditionalProperties().get("status").textValue());
        assertTrue(reported.stream().anyMatch(d -> d.pointer().equals("/data/attributes/status")), reported::toString);
    }

    @Test
    void todoReadsContentAndKeepsTheAssigneeThatMatchesNoBranch() {
        server.answer("/api/v2/incidents/" + INCIDENT + "/relationships/todos/todo-1", 200,
                LoopbackServer.resource("todo-200.json"));

        IncidentTodoResponse response = api.getIncidentTodo(INCIDENT, "todo-1");

        assertEquals("Restore lost data.", response.getData().getAttributes().getContent());
        IncidentTodoAssignee assignee = response.getData().getAttributes().getAssignees().get(0);
        IncidentTodoAssignee.Unknown unknown = assertInstanceOf(IncidentTodoAssignee.Unknown.class, assignee);
        assertEquals("@test.user@test.com", unknown.raw().get("type").textValue());
        assertTrue(reported.stream().anyMatch(d -> d.pointer().equals("/data/attributes/assignees/0")), reported::toString);
        User user = assertInstanceOf(IncidentTodoResponseIncludedItem.UserVariant.class, response.getIncluded().get(0)).value();
        assertEquals("string", user.getAttributes().getHandle());
    }

    @Test
    void todoAssigneeHandleResolvesToTheHandleBranch() {
        String body = LoopbackServer.resource("todo-200.json").replaceFirst(
                "(?s)\"assignees\": \\[.*?\\]", "\"assignees\": [\"@jane.doe\"]");
        server.answer("/api/v2/incidents/" + INCIDENT + "/relationships/todos/todo-2", 200, body);

        IncidentTodoResponse response = api.getIncidentTodo(INCIDENT, "todo-2");

        IncidentTodoAssignee assignee = response.getData().getAttributes().getAssignees().get(0);
        assertEquals("@jane.doe", assertInstanceOf(IncidentTodoAssignee.Handle.class, assignee).value());
    }

    @Test
    void notificationTemplateReadsSubjectAndTheIncludedUsersEmail() {
        server.answer("/api/v2/incidents/config/notification-templates/" + TEMPLATE, 200,
                LoopbackServer.resource("notification-template-200.json"));

        IncidentNotificationTemplate response = api.getIncidentNotificationTemplate(UUID.fromString(TEMPLATE),
                new IncidentsApi.GetIncidentNotificationTemplateOptions().include("created_by_user"));

        assertEquals("{{incident.severity}} Incident: {{incident.title}}", response.getData().getAttributes().getSubject());
        IncidentNotificationTemplateIncludedItems included = response.getIncluded().get(0);
        User user = assertInstanceOf(IncidentNotificationTemplateIncludedItems.UserVariant.class, included).value();
        assertEquals("string", user.getAttributes().getEmail());
        assertEquals("include=created_by_user", server.requests().get(0).rawQuery());
    }

    @Test
    void requestsCarryBothApiKeyHeadersAndTheEncodedPath() {
        server.answer("/api/v2/incidents/" + INCIDENT + "/relationships/todos/todo-1", 200,
                LoopbackServer.resource("todo-200.json"));

        api.getIncidentTodo(INCIDENT, "todo-1");

        LoopbackServer.Seen request = server.requests().get(0);
        assertEquals("GET", request.method());
        assertEquals("test-api-key", request.header("DD-API-KEY"));
        assertEquals("test-app-key", request.header("DD-APPLICATION-KEY"));
        assertEquals("application/json", request.header("Accept"));
    }

    @Test
    void notFoundReachesTheCallerAsApiExceptionWithTheParsedErrorBody() {
        server.answer("/api/v2/incidents/" + INCIDENT + "/relationships/todos/missing", 404,
                LoopbackServer.resource("error-404.json"));

        ApiException error = assertThrows(ApiException.class, () -> api.getIncidentTodo(INCIDENT, "missing"));

        assertEquals(404, error.statusCode());
        assertEquals("application/json", error.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(List.of("Bad Request"), error.errorBody(APIErrorResponse.class).orElseThrow().getErrors());
        assertTrue(error.rawBody().contains("Bad Request"));
    }
}
