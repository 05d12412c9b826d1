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
 * jars our generated code needs in {@code benchmarks/target/oasis-client-classpath}. With a
 * baseline, the baseline checkout's CLI jar too.
 */
public final class BenchmarkMain {

    /** The report name of {@code spec/incidents.yaml}. */
    public static final String SMALL_SPEC = "incidents.yaml";

    /** The report name of the full Datadog v2 spec. */
    public static final String V2_SPEC = "datadog-v2";

    /** The published bodies of the reading benchmark, as named in {@link ReadingBenchmark}'s methods. */
    public static final List<String> ENDPOINTS = List.of("todo", "integration", "notificationTemplate");

    /** The larger bodies of the reading benchmark ({@link LargeBodies}), as named in its methods. */
    public static final List<String> LARGE_BODIES = List.of("todoLarge", "integrationLarge", "notificationTemplateLarge");

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
        List<OasisCli> oasis = new ArrayList<>();
        oasis.add(oasisCli(Results.OURS, options.repo(), bench));
        options.baseline().ifPresent(b -> oasis.add(oasisCli(b.label(), b.repo(), bench)));
        GeneratorCli openApiGenerator = new OpenApiGeneratorCli(bench.resolve("target/tools/openapi-generator-cli.jar"));
        Path v2 = options.corpus().resolve("datadog-v2-openapi.yaml");

        List<GenerationBenchmark.SpecResult> generation = new ArrayList<>();
        if (options.runs("generation")) {
            requireFile(v2);
            GenerationBenchmark benchmark = new GenerationBenchmark(meter, workspace);
            List<GeneratorCli> tools = new ArrayList<>(oasis);
            tools.add(openApiGenerator);
            generation.add(benchmark.run(SMALL_SPEC, options.repo().resolve("spec/incidents.yaml"), tools,
                    options.smallRepetitions()));
            generation.add(benchmark.run(V2_SPEC, v2, tools, options.largeRepetitions()));
        }
        List<ScalingBenchmark.Point> scaling = options.runs("scaling")
                ? new ScalingBenchmark(meter, workspace).run(List.copyOf(oasis), options.scalingRepetitions()) : List.of();
        List<GoalBenchmark.Outcome> goals = new ArrayList<>();
        if (options.runs("incremental")) {
            requireFile(v2);
            GoalBenchmark benchmark = new GoalBenchmark(meter, workspace);
            Path operations = options.repo().resolve("spec/incidents.yaml");
            goals.add(benchmark.run(Results.OURS, options.repo(), v2, operations, options.incrementalRepetitions()));
            if (options.baseline().isPresent()) {
                BenchmarkOptions.Baseline b = options.baseline().get();
                goals.add(benchmark.run(b.label(), b.repo(), v2, operations, options.incrementalRepetitions()));
            }
        }
        List<ProfileBenchmark.ToolProfile> profiles = options.runs("profile")
                ? new ProfileBenchmark(meter, workspace).run(oasis, requireFile(v2)) : List.of();
        boolean reads = options.runs("reading");
        ReadingRun.Scores reading = reads ? ReadingRun.run(options.jmh()) : null;

        Results results = new Results(environment, options.command(), meter.method(),
                options.baseline().map(BenchmarkOptions.Baseline::label), generation, scaling, goals, reading,
                reads ? options.jmh() : null, reads ? PublishedBodies.checkAll() : List.of(),
                reads ? PublishedBodies.checkLarge() : List.of(), profiles, Environment.currentLoadAverage());
        Files.createDirectories(options.resultsDir());
        MarkdownReport.write(results, options.resultsDir().resolve("RESULTS.md"), CHART);
        SvgChart.write(results, options.resultsDir().resolve(CHART));
        Progress.say("wrote %s and %s", options.resultsDir().resolve("RESULTS.md"), options.resultsDir().resolve(CHART));
    }

    private static OasisCli oasisCli(String name, Path repo, Path bench) {
        return new OasisCli(name, requireFile(repo.resolve("generator/target/generator-cli.jar")), "com.example.client",
                bench.resolve("target/oasis-client-classpath"));
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file + (file.toString().endsWith(".yaml")
                    ? "; pass --corpus DIR" : "; build it first (benchmarks/run.sh does)"));
        }
        return file;
    }
}
