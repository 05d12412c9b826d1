package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Our generator's time and memory over synthetic specs of growing size. */
public final class ScalingBenchmark {

    /** The wide spec sizes measured, in schemas (and operations). */
    public static final List<Integer> WIDE_SIZES = List.of(10, 100, 1_000, 5_000);

    /** The depth of the chain spec. */
    public static final int CHAIN_DEPTH = 2_000;

    /**
     * Results for one synthetic spec.
     *
     * @param label the spec's report name
     * @param schemas how many schemas the spec has
     * @param chain whether this is the chain spec rather than a wide one
     * @param runs every run, in order
     * @param javaFiles how many Java files the last run wrote
     */
    public record Point(String label, int schemas, boolean chain, List<Measurement> runs, int javaFiles) {

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

    private final ProcessMeter meter;
    private final Workspace workspace;

    /** A benchmark that measures with {@code meter} and writes under {@code workspace}. */
    public ScalingBenchmark(ProcessMeter meter, Workspace workspace) {
        this.meter = meter;
        this.workspace = workspace;
    }

    /** Measures {@code generator} {@code repetitions} times on each wide spec and the chain spec. */
    public List<Point> run(GeneratorCli generator, int repetitions) throws IOException, InterruptedException {
        Path specs = workspace.freshDir("scaling/specs");
        List<Point> points = new ArrayList<>();
        for (int n : WIDE_SIZES) {
            Path spec = SyntheticSpecs.writeWide(specs.resolve("wide-" + n + ".yaml"), n);
            points.add(measure(generator, "wide-" + n, spec, n, false, repetitions));
        }
        Path chain = SyntheticSpecs.writeChain(specs.resolve("chain-" + CHAIN_DEPTH + ".yaml"), CHAIN_DEPTH);
        points.add(measure(generator, "chain-" + CHAIN_DEPTH, chain, CHAIN_DEPTH, true, repetitions));
        return points;
    }

    private Point measure(GeneratorCli generator, String label, Path spec, int schemas, boolean chain,
            int repetitions) throws IOException, InterruptedException {
        List<Measurement> runs = new ArrayList<>();
        Path out = null;
        for (int rep = 1; rep <= repetitions; rep++) {
            out = workspace.freshDir("scaling/out/" + label);
            Measurement m = meter.run(generator.command(spec, out), workspace.root(),
                    workspace.log("scaling/" + label + "-" + rep));
            Progress.say("%s on %s, run %d/%d: %.0f ms wall, %.0f ms CPU, %.0f MB%s", generator.name(), label, rep, repetitions,
                    m.wallMillis(), m.cpuMillis(), m.peakRssMb(), m.succeeded() ? "" : ", FAILED (exit " + m.exitCode() + ")");
            runs.add(m);
        }
        return new Point(label, schemas, chain, runs, OutputSize.of(out).javaFiles());
    }
}
