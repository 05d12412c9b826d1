package dev.oasis.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.oasis.benchmarks.generated.json.Deviation;
import dev.oasis.benchmarks.generated.json.JsonCodec;
import dev.oasis.benchmarks.generated.json.JsonInput;
import dev.oasis.benchmarks.generated.model.IncidentIntegrationMetadataResponse;
import dev.oasis.benchmarks.generated.model.IncidentNotificationTemplate;
import dev.oasis.benchmarks.generated.model.IncidentTodoResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads bodies into our models, generated from {@code spec/incidents.yaml} at build time, the
 * way the generated {@code ApiClient} reads a response body: a parser over the bytes, a
 * {@code JsonInput} that collects deviations, and the response type's {@code CODEC}.
 */
public final class OasisReader {

    private static final JsonFactory JSON = new JsonFactory();

    /** Reads a todo response. */
    public IncidentTodoResponse todo(byte[] json) throws IOException {
        return read(json, IncidentTodoResponse.CODEC, new ArrayList<>());
    }

    /** Reads an integration metadata response. */
    public IncidentIntegrationMetadataResponse integration(byte[] json) throws IOException {
        return read(json, IncidentIntegrationMetadataResponse.CODEC, new ArrayList<>());
    }

    /** Reads a notification template response. */
    public IncidentNotificationTemplate notificationTemplate(byte[] json) throws IOException {
        return read(json, IncidentNotificationTemplate.CODEC, new ArrayList<>());
    }

    /** The deviations from the spec that reading {@code json} as a todo response reports. */
    public List<Deviation> todoDeviations(byte[] json) throws IOException {
        return deviations(json, IncidentTodoResponse.CODEC);
    }

    /** The deviations from the spec that reading {@code json} as an integration response reports. */
    public List<Deviation> integrationDeviations(byte[] json) throws IOException {
        return deviations(json, IncidentIntegrationMetadataResponse.CODEC);
    }

    /** The deviations from the spec that reading {@code json} as a notification template reports. */
    public List<Deviation> notificationTemplateDeviations(byte[] json) throws IOException {
        return deviations(json, IncidentNotificationTemplate.CODEC);
    }

    private static List<Deviation> deviations(byte[] json, JsonCodec<?> codec) throws IOException {
        List<Deviation> deviations = new ArrayList<>();
        read(json, codec, deviations);
        return deviations;
    }

    private static <T> T read(byte[] json, JsonCodec<T> codec, List<Deviation> deviations) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            return JsonInput.start(parser, deviations).read(codec);
        }
    }
}
