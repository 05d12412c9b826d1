package dev.oasis.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the benchmark sections and writes {@code RESULTS.md} and {@code results.svg}.
 *
 * <p>Expects the module to be built first ({@code benchmarks/run.sh} does that): the CLI jar in
 * {@code generator/target}, OpenAPI Generator in {@code benchmarks/target/tools}, and the Jackson
 * jars our generated code needs in {@code benchmarks/target/oasis-client-classpath}.
 */
public final class BenchmarkMain {

    /** The report name of {@code spec/incidents.yaml}. */
    public static final String SMALL_SPEC = "incidents.yaml";

    /** The report name of the full Datadog v2 spec. */
    public static final String V2_SPEC = "datadog-v2";

    /** The endpoints of the reading benchmark, as named in {@link ReadingBenchmark}'s methods. */
    public static final List<String> ENDPOINTS = List.of("todo", "integration", "notificationTemplate");

    /** The chart's file name, next to {@code RESULTS.md}. */
    public static final String CHART = "results.svg";

    private BenchmarkMain() {
    }

    /** Entry point; see {@link BenchmarkOptions#USAGE}. */
    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        Environment environment = Environment.describe(options.repo());
        Path bench = options.repo().resolve("benchmarks");
        Workspace workspace = new Workspace(bench.resolve("target/work"));
        ProcessMeter meter = ProcessMeter.detect();
        GeneratorCli oasis = new OasisCli(options.repo().resolve("generator/target/generator-cli.jar"),
                "com.example.client", bench.resolve("target/oasis-client-classpath"));
        GeneratorCli openApiGenerator = new OpenApiGeneratorCli(bench.resolve("target/tools/openapi-generator-cli.jar"));

        List<GenerationBenchmark.SpecResult> generation = new ArrayList<>();
        if (options.runs("generation")) {
            Path v2 = requireFile(options.corpus().resolve("datadog-v2-openapi.yaml"));
            GenerationBenchmark benchmark = new GenerationBenchmark(meter, workspace);
            List<GeneratorCli> tools = List.of(oasis, openApiGenerator);
            generation.add(benchmark.run(SMALL_SPEC, options.repo().resolve("spec/incidents.yaml"), tools,
                    options.smallRepetitions()));
            generation.add(benchmark.run(V2_SPEC, v2, tools, options.largeRepetitions()));
        }
        List<ScalingBenchmark.Point> scaling = options.runs("scaling")
                ? new ScalingBenchmark(meter, workspace).run(oasis, options.scalingRepetitions()) : List.of();
        IncrementalBenchmark.Result incremental = options.runs("incremental")
                ? new IncrementalBenchmark(meter, workspace).run(options.repo(), options.incrementalRepetitions())
                : null;
        ReadingRun.Scores reading = options.runs("reading") ? ReadingRun.run(options.jmh()) : null;
        List<PublishedBodies.Check> published = options.runs("reading") ? PublishedBodies.checkAll() : List.of();

        Results results = new Results(environment, options.command(), meter.method(), generation, scaling,
                incremental, reading, options.runs("reading") ? options.jmh() : null, published,
                Environment.currentLoadAverage());
        Files.createDirectories(options.resultsDir());
        MarkdownReport.write(results, options.resultsDir().resolve("RESULTS.md"), CHART);
        SvgChart.write(results, options.resultsDir().resolve(CHART));
        Progress.say("wrote %s and %s", options.resultsDir().resolve("RESULTS.md"), options.resultsDir().resolve(CHART));
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file + "; pass --corpus DIR");
        }
        return file;
    }
}
