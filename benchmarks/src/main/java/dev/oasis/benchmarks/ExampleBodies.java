package dev.oasis.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The 200 example bodies Datadog's API reference publishes for the three endpoints of
 * {@code spec/incidents.yaml}, copied from {@code ../shared/seeds/} into this module's resources.
 */
public enum ExampleBodies {

    /** GET /api/v2/incidents/{incident_id}/relationships/integrations/{integration_metadata_id}. */
    INTEGRATION("integration.json"),
    /** GET /api/v2/incidents/config/notification-templates/{id}. */
    NOTIFICATION_TEMPLATE("notification-template.json"),
    /** GET /api/v2/incidents/{incident_id}/relationships/todos/{todo_id}. */
    TODO("todo.json");

    /** The published integration example's {@code status}: a string where the spec says int32. */
    private static final String INTEGRATION_STATUS_AS_PUBLISHED = "\"status\": \"integer\"";
    private static final String INTEGRATION_STATUS_AS_SPECIFIED = "\"status\": 1";

    private final String resource;

    ExampleBodies(String resource) {
        this.resource = resource;
    }

    /** The body exactly as published. */
    public byte[] published() {
        try (InputStream in = ExampleBodies.class.getResourceAsStream("bodies/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource bodies/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body every reader can parse: as published, except that the integration example's
     * {@code status} is the int32 the spec declares instead of the string {@code "integer"},
     * which Datadog's own client rejects.
     */
    public byte[] readable() {
        if (this != INTEGRATION) {
            return published();
        }
        String text = new String(published(), StandardCharsets.UTF_8);
        if (!text.contains(INTEGRATION_STATUS_AS_PUBLISHED)) {
            throw new IllegalStateException("integration example no longer has " + INTEGRATION_STATUS_AS_PUBLISHED);
        }
        return text.replace(INTEGRATION_STATUS_AS_PUBLISHED, INTEGRATION_STATUS_AS_SPECIFIED)
                .getBytes(StandardCharsets.UTF_8);
    }
}
