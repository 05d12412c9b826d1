package dev.oasis.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: reading each endpoint's 200 body from bytes, by our generated models, by Datadog's own
 * client models, and by a bare streaming pass (the floor).
 *
 * <p>Method names are {@code <reader>_<body>}; {@link ReadingRun} splits them for the report.
 * All readers read the same bytes: {@link ExampleBodies#readable()}, and the larger
 * {@link LargeBodies} (the bodies whose names end in {@code Large}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadingBenchmark {

    private byte[] todo;
    private byte[] integration;
    private byte[] template;
    private byte[] todoLarge;
    private byte[] integrationLarge;
    private byte[] templateLarge;
    private OasisReader oasis;
    private DatadogReader datadog;
    private StreamingFloor streaming;

    /** Loads the bodies and builds each reader once. */
    @Setup
    public void setUp() {
        todo = ExampleBodies.TODO.readable();
        integration = ExampleBodies.INTEGRATION.readable();
        template = ExampleBodies.NOTIFICATION_TEMPLATE.readable();
        todoLarge = LargeBodies.todo();
        integrationLarge = LargeBodies.integration();
        templateLarge = LargeBodies.notificationTemplate();
        oasis = new OasisReader();
        datadog = new DatadogReader();
        streaming = new StreamingFloor();
    }

    /** Our models, todo endpoint. */
    @Benchmark
    public Object oasis_todo() throws IOException {
        return oasis.todo(todo);
    }

    /** Our models, integration endpoint. */
    @Benchmark
    public Object oasis_integration() throws IOException {
        return oasis.integration(integration);
    }

    /** Our models, notification template endpoint. */
    @Benchmark
    public Object oasis_notificationTemplate() throws IOException {
        return oasis.notificationTemplate(template);
    }

    /** Datadog's client, todo endpoint. */
    @Benchmark
    public Object datadog_todo() throws IOException {
        return datadog.todo(todo);
    }

    /** Datadog's client, integration endpoint. */
    @Benchmark
    public Object datadog_integration() throws IOException {
        return datadog.integration(integration);
    }

    /** Streaming floor, todo endpoint. */
    @Benchmark
    public int streaming_todo() throws IOException {
        return streaming.countTokens(todo);
    }

    /** Streaming floor, integration endpoint. */
    @Benchmark
    public int streaming_integration() throws IOException {
        return streaming.countTokens(integration);
    }

    /** Streaming floor, notification template endpoint. */
    @Benchmark
    public int streaming_notificationTemplate() throws IOException {
        return streaming.countTokens(template);
    }

    /** Our models, todo endpoint, large body. */
    @Benchmark
    public Object oasis_todoLarge() throws IOException {
        return oasis.todo(todoLarge);
    }

    /** Our models, integration endpoint, large body. */
    @Benchmark
    public Object oasis_integrationLarge() throws IOException {
        return oasis.integration(integrationLarge);
    }

    /** Our models, notification template endpoint, large body. */
    @Benchmark
    public Object oasis_notificationTemplateLarge() throws IOException {
        return oasis.notificationTemplate(templateLarge);
    }

    /** Datadog's client, todo endpoint, large body. */
    @Benchmark
    public Object datadog_todoLarge() throws IOException {
        return datadog.todo(todoLarge);
    }

    /** Datadog's client, integration endpoint, large body. */
    @Benchmark
    public Object datadog_integrationLarge() throws IOException {
        return datadog.integration(integrationLarge);
    }

    /** Streaming floor, todo endpoint, large body. */
    @Benchmark
    public int streaming_todoLarge() throws IOException {
        return streaming.countTokens(todoLarge);
    }

    /** Streaming floor, integration endpoint, large body. */
    @Benchmark
    public int streaming_integrationLarge() throws IOException {
        return streaming.countTokens(integrationLarge);
    }

    /** Streaming floor, notification template endpoint, large body. */
    @Benchmark
    public int streaming_notificationTemplateLarge() throws IOException {
        return streaming.countTokens(templateLarge);
    }
}
