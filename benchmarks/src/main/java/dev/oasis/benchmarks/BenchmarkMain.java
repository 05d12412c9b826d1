package dev.oasis.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the benchmark sections and writes {@code RESULTS.md} and {@code results.svg}.
 *
 * <p>Expects the module to be built first ({@code benchmarks/run.sh} does that): the CLI jar in
 * {@code generator/target}, OpenAPI Generator in {@code benchmarks/target/tools}, and the Jackson
 * jars our generated code needs in {@code benchmarks/target/oasis-client-classpath}. With a
 * baseline, the baseline checkout's CLI jar too. Each section's figures are saved as it ends
 * ({@link SectionStore}); the report is assembled from every section saved so far.
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

    private interface Section {
        void run() throws Exception;
    }

    private final BenchmarkOptions options;
    private final Environment environment;
    private final ProcessMeter meter = ProcessMeter.detect();
    private final Workspace workspace;
    private final SectionStore store;
    private final List<OasisCli> oasis = new ArrayList<>();
    private final Path v2;
    private final List<GenerationBenchmark.SpecResult> generation = new ArrayList<>();
    private final List<ScalingBenchmark.Point> scaling = new ArrayList<>();
    private final List<GoalBenchmark.Outcome> goals = new ArrayList<>();
    private final List<ProfileBenchmark.ToolProfile> profiles = new ArrayList<>();
    private ReadingRun.Scores reading;

    private BenchmarkMain(BenchmarkOptions options) throws Exception {
        this.options = options;
        this.environment = Environment.describe(options.repo());
        Path bench = options.repo().resolve("benchmarks");
        this.workspace = new Workspace(bench.resolve("target/work"));
        this.store = new SectionStore(options.resultsDir());
        oasis.add(oasisCli(Results.OURS, options.repo(), bench));
        options.baseline().ifPresent(b -> oasis.add(oasisCli(b.label(), b.repo(), bench)));
        this.v2 = options.corpus().resolve("datadog-v2-openapi.yaml");
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
        new BenchmarkMain(options).run();
    }

    private void run() throws Exception {
        section("generation", this::generation);
        section("scaling", () -> scaling.addAll(new ScalingBenchmark(meter, workspace)
                .run(List.copyOf(oasis), options.scalingRepetitions())));
        section("incremental", this::goals);
        section("profile", () -> profiles.addAll(new ProfileBenchmark(meter, workspace).run(oasis, requireFile(v2))));
        section("reading", () -> reading = ReadingRun.run(options.jmh()));

        Results all = store.gather(current());
        Files.createDirectories(options.resultsDir());
        MarkdownReport.write(all, options.resultsDir().resolve("RESULTS.md"), CHART);
        SvgChart.write(all, options.resultsDir().resolve(CHART));
        Progress.say("wrote %s and %s from the sections in %s", options.resultsDir().resolve("RESULTS.md"),
                options.resultsDir().resolve(CHART), store.dir());
    }

    private void section(String name, Section body) throws Exception {
        if (!options.runs(name)) {
            return;
        }
        SectionRun run = SectionRun.start(name, environment, options.command(),
                name.equals("reading") ? Optional.empty() : baselineLabel());
        body.run();
        store.save(run.end(), current());
    }

    private void generation() throws Exception {
        requireFile(v2);
        GenerationBenchmark benchmark = new GenerationBenchmark(meter, workspace);
        List<GeneratorCli> tools = new ArrayList<>(oasis);
        tools.add(new OpenApiGeneratorCli(options.repo().resolve("benchmarks/target/tools/openapi-generator-cli.jar")));
        generation.add(benchmark.run(SMALL_SPEC, options.repo().resolve("spec/incidents.yaml"), tools,
                options.smallRepetitions()));
        generation.add(benchmark.run(V2_SPEC, v2, tools, options.largeRepetitions()));
    }

    private void goals() throws Exception {
        requireFile(v2);
        GoalBenchmark benchmark = new GoalBenchmark(meter, workspace);
        Path operations = options.repo().resolve("spec/incidents.yaml");
        goals.addAll(benchmark.run(Results.OURS, options.repo(), v2, operations, options.incrementalRepetitions(),
                GoalBenchmark.README_JVM_CONFIG));
        if (options.baseline().isPresent()) {
            BenchmarkOptions.Baseline b = options.baseline().get();
            goals.addAll(benchmark.run(b.label(), b.repo(), v2, operations, options.incrementalRepetitions(),
                    List.of()));
        }
    }

    private Results current() {
        boolean reads = reading != null;
        return new Results(environment, meter.method(), baselineLabel(), List.of(), generation, scaling, goals,
                reading, reads ? options.jmh() : null, reads ? PublishedBodies.checkAll() : List.of(),
                reads ? PublishedBodies.checkLarge() : List.of(), profiles);
    }

    private Optional<String> baselineLabel() {
        return options.baseline().map(BenchmarkOptions.Baseline::label);
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
