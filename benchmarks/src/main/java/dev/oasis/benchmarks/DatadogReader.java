package dev.oasis.benchmarks;

import com.datadog.api.client.ApiClient;
import com.datadog.api.client.v2.model.IncidentIntegrationMetadataResponse;
import com.datadog.api.client.v2.model.IncidentTodoResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads bodies into the models of Datadog's own Java client ({@code com.datadoghq:datadog-api-client}),
 * with the ObjectMapper that client configures for itself. That client has no model for the
 * notification template endpoint.
 */
public final class DatadogReader {

    private final ObjectMapper mapper = ApiClient.getDefaultApiClient().getJSON().getMapper();

    /** Reads a todo response. */
    public IncidentTodoResponse todo(byte[] json) throws IOException {
        return mapper.readValue(json, IncidentTodoResponse.class);
    }

    /** Reads an integration metadata response. */
    public IncidentIntegrationMetadataResponse integration(byte[] json) throws IOException {
        return mapper.readValue(json, IncidentIntegrationMetadataResponse.class);
    }
}
