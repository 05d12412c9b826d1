package dev.oasis.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Larger bodies for the three endpoints, built from the published examples ({@link ExampleBodies})
 * so that every field is one the API really sends: lists of {@value #ITEMS} items, most of them
 * unions, some of them unions inside unions.
 *
 * <ul>
 *   <li>todo: {@value #ITEMS} assignees, alternately the handle and the anonymous-assignee branch of
 *       a {@code oneOf}, and {@value #ITEMS} included users (a {@code oneOf} of one branch);
 *   <li>integration: Slack metadata (a branch of a three-way {@code oneOf}) with {@value #ITEMS}
 *       channels, and {@value #ITEMS} included users;
 *   <li>notification template: {@value #ITEMS} included items, alternately users and incident
 *       types, the two branches of a {@code oneOf}.
 * </ul>
 */
public final class LargeBodies {

    /** Items per list. */
    public static final int ITEMS = 1_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private LargeBodies() {
    }

    /** The todo body. */
    public static byte[] todo() {
        ObjectNode body = seed(ExampleBodies.TODO);
        ArrayNode assignees = ((ObjectNode) body.path("data").path("attributes")).putArray("assignees");
        for (int i = 0; i < ITEMS; i++) {
            if (i % 2 == 0) {
                assignees.add("@user" + i + "@example.com");
            } else {
                assignees.addObject().put("id", "U" + i).put("icon", "https://example.com/icons/" + i + ".png")
                        .put("name", "Assignee " + i).put("source", i % 4 == 1 ? "slack" : "microsoft_teams");
            }
        }
        users(body);
        return bytes(body);
    }

    /** The integration body. */
    public static byte[] integration() {
        ObjectNode body = seed(ExampleBodies.INTEGRATION);
        ObjectNode metadata = (ObjectNode) body.path("data").path("attributes").path("metadata");
        ArrayNode channels = metadata.putArray("channels");
        for (int i = 0; i < ITEMS; i++) {
            channels.addObject().put("channel_id", "C" + (1_000_000 + i)).put("channel_name", "#channel-" + i)
                    .put("redirect_url", "https://slack.com/app_redirect?channel=C" + (1_000_000 + i) + "&team=T01")
                    .put("team_id", "T01");
        }
        users(body);
        return bytes(body);
    }

    /** The notification template body. */
    public static byte[] notificationTemplate() {
        ObjectNode body = seed(ExampleBodies.NOTIFICATION_TEMPLATE);
        ObjectNode user = (ObjectNode) body.path("included").get(0);
        ArrayNode included = body.putArray("included");
        for (int i = 0; i < ITEMS; i++) {
            if (i % 2 == 0) {
                included.add(user.deepCopy().put("id", "user-" + i));
            } else {
                ObjectNode type = included.addObject().put("id", "type-" + i).put("type", "incident_types");
                type.putObject("attributes").put("name", "Incident type " + i)
                        .put("description", "Incidents of kind " + i + ".").put("is_default", false)
                        .put("createdAt", "2025-01-15T10:30:00Z").put("modifiedAt", "2025-01-15T14:45:00Z")
                        .put("createdBy", "00000000-0000-0000-0000-000000000000")
                        .put("lastModifiedBy", "00000000-0000-0000-0000-000000000000");
            }
        }
        return bytes(body);
    }

    /** Replaces the body's included items with {@value #ITEMS} copies of its first user, each with its own id. */
    private static void users(ObjectNode body) {
        ObjectNode user = (ObjectNode) body.path("included").get(0);
        ArrayNode included = body.putArray("included");
        for (int i = 0; i < ITEMS; i++) {
            included.add(user.deepCopy().put("id", "user-" + i));
        }
    }

    private static ObjectNode seed(ExampleBodies body) {
        try {
            return (ObjectNode) JSON.readTree(body.readable());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(ObjectNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
