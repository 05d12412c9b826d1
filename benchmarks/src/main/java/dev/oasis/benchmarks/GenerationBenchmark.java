package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole-process generation, tool against tool, on the same spec.
 *
 * <p>The tools run alternately (A, B, A, B, ...) so that a machine that slows down or speeds up
 * during the session affects both alike. Every run writes into a fresh directory. After the last
 * run, the output of each tool is counted and compiled.
 */
public final class GenerationBenchmark {

    /**
     * Results for one tool on one spec.
     *
     * @param tool the tool's report name
     * @param runs every run, in order
     * @param size what the last run wrote
     * @param compile whether the last run's output compiles
     */
    public record ToolResult(String tool, List<Measurement> runs, OutputSize size, CompileCheck.Outcome compile) {

        /** Median wall time, in milliseconds. */
        public double medianMillis() {
            return Stats.medianWallMillis(runs);
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

    /**
     * Results for all tools on one spec.
     *
     * @param spec the spec's report name
     * @param tools one result per tool, in the order the tools were given
     */
    public record SpecResult(String spec, List<ToolResult> tools) {

        /** The result of the tool named {@code name}, if it ran. */
        public java.util.Optional<ToolResult> tool(String name) {
            return tools.stream().filter(t -> t.tool().equals(name)).findFirst();
        }
    }

    private final ProcessMeter meter;
    private final Workspace workspace;

    /** A benchmark that measures with {@code meter} and writes under {@code workspace}. */
    public GenerationBenchmark(ProcessMeter meter, Workspace workspace) {
        this.meter = meter;
        this.workspace = workspace;
    }

    /** Runs every tool {@code repetitions} times on {@code spec}, alternating between tools. */
    public SpecResult run(String specName, Path spec, List<GeneratorCli> tools, int repetitions)
            throws IOException, InterruptedException {
        Map<GeneratorCli, List<Measurement>> runs = new LinkedHashMap<>();
        tools.forEach(tool -> runs.put(tool, new ArrayList<>()));
        for (int rep = 1; rep <= repetitions; rep++) {
            for (GeneratorCli tool : tools) {
                Path out = workspace.freshDir(outputName(specName, tool));
                Measurement m = meter.run(tool.command(spec, out), workspace.root(),
                        workspace.log(outputName(specName, tool) + "-" + rep));
                Progress.say("%s on %s, run %d/%d: %s", tool.name(), specName, rep, repetitions, m.describe());
                runs.get(tool).add(m);
            }
        }
        List<ToolResult> results = new ArrayList<>();
        for (GeneratorCli tool : tools) {
            Path out = workspace.root().resolve(outputName(specName, tool));
            Progress.say("compiling %s's output for %s", tool.name(), specName);
            CompileCheck.Outcome compile = CompileCheck.compile(tool, out,
                    workspace.freshDir(outputName(specName, tool) + "-javac"));
            results.add(new ToolResult(tool.name(), runs.get(tool), OutputSize.of(out), compile));
        }
        return new SpecResult(specName, results);
    }

    private static String outputName(String specName, GeneratorCli tool) {
        return "generation/" + specName + "/" + tool.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase();
    }
}
