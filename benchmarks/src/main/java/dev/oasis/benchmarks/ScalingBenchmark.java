package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our generator's time and memory over synthetic specs of growing size, a deep reference chain,
 * and union-heavy specs in the style of the big payment and AI APIs. With a baseline, both builds
 * run on every spec, alternating run by run.
 */
public final class ScalingBenchmark {

    /** The wide spec sizes measured, in schemas (and operations). */
    public static final List<Integer> WIDE_SIZES = List.of(10, 100, 1_000, 5_000, 10_000);

    /** The depth of the chain spec. */
    public static final int CHAIN_DEPTH = 2_000;

    /** The size of the union-heavy specs, in schemas. */
    public static final int UNION_SCHEMAS = 5_000;

    /** What a synthetic spec is built to test. */
    public enum Kind {
        /** {@link SyntheticSpecs#writeWide}: size. */
        WIDE,
        /** {@link SyntheticSpecs#writeChain}: depth. */
        CHAIN,
        /** {@link UnionSpecs}: unions, nullable references and allOf chains. */
        UNIONS
    }

    /**
     * Results for one build of our generator on one synthetic spec.
     *
     * @param label the spec's report name
     * @param schemas how many schemas the spec has
     * @param kind what the spec tests
     * @param tool which build of our generator ran
     * @param runs every run, in order
     * @param javaFiles how many Java files the last run wrote
     */
    public record Point(String label, int schemas, Kind kind, String tool, List<Measurement> runs, int javaFiles) {

        /** Median wall time, in milliseconds. */
        public double medianMillis() {
            return Stats.medianWallMillis(runs);
        }

        /** Median wall time per schema, in milliseconds. */
        public double millisPerSchema() {
            return medianMillis() / schemas;
        }

        /** Median CPU time (user + system), in milliseconds. */
        public double medianCpuMillis() {
            return Stats.medianCpuMillis(runs);
        }

        /** Median peak resident memory, in mebibytes. */
        public double medianPeakMb() {
            return Stats.medianPeakMb(runs);
        }

        /** Whether every run exited with status 0. */
        public boolean allSucceeded() {
            return runs.stream().allMatch(Measurement::succeeded);
        }
    }

    private record Spec(String label, Path file, int schemas, Kind kind) {
    }

    private final ProcessMeter meter;
    private final Workspace workspace;

    /** A benchmark that measures with {@code meter} and writes under {@code workspace}. */
    public ScalingBenchmark(ProcessMeter meter, Workspace workspace) {
        this.meter = meter;
        this.workspace = workspace;
    }

    /** Measures each of {@code generators} {@code repetitions} times on every synthetic spec. */
    public List<Point> run(List<GeneratorCli> generators, int repetitions) throws IOException, InterruptedException {
        Path dir = workspace.freshDir("scaling/specs");
        List<Spec> specs = new ArrayList<>();
        for (int n : WIDE_SIZES) {
            specs.add(new Spec("wide-" + n, SyntheticSpecs.writeWide(dir.resolve("wide-" + n + ".yaml"), n), n, Kind.WIDE));
        }
        specs.add(new Spec("chain-" + CHAIN_DEPTH, SyntheticSpecs.writeChain(dir.resolve("chain.yaml"), CHAIN_DEPTH),
                CHAIN_DEPTH, Kind.CHAIN));
        for (UnionSpecs.Dialect dialect : UnionSpecs.Dialect.values()) {
            String label = "unions-" + (dialect == UnionSpecs.Dialect.OPENAPI_3_0 ? "3.0" : "3.1");
            specs.add(new Spec(label, UnionSpecs.write(dir.resolve(label + ".yaml"), dialect, UNION_SCHEMAS),
                    UNION_SCHEMAS, Kind.UNIONS));
        }
        List<Point> points = new ArrayList<>();
        for (Spec spec : specs) {
            points.addAll(measure(generators, spec, repetitions));
        }
        return points;
    }

    private List<Point> measure(List<GeneratorCli> generators, Spec spec, int repetitions)
            throws IOException, InterruptedException {
        Map<GeneratorCli, List<Measurement>> runs = new LinkedHashMap<>();
        generators.forEach(generator -> runs.put(generator, new ArrayList<>()));
        for (int rep = 1; rep <= repetitions; rep++) {
            for (GeneratorCli generator : generators) {
                Path out = workspace.freshDir(outputName(spec, generator));
                Measurement m = meter.run(generator.command(spec.file(), out), workspace.root(),
                        workspace.log(outputName(spec, generator) + "-" + rep));
                Progress.say("%s on %s, run %d/%d: %s", generator.name(), spec.label(), rep, repetitions, m.describe());
                runs.get(generator).add(m);
            }
        }
        List<Point> points = new ArrayList<>();
        for (GeneratorCli generator : generators) {
            Path out = workspace.root().resolve(outputName(spec, generator));
            points.add(new Point(spec.label(), spec.schemas(), spec.kind(), generator.name(), runs.get(generator),
                    OutputSize.of(out).javaFiles()));
        }
        return points;
    }

    private static String outputName(Spec spec, GeneratorCli generator) {
        return "scaling/out/" + spec.label() + "/" + generator.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase();
    }
}
