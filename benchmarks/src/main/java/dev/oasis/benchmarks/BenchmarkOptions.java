package dev.oasis.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command-line options of a benchmark run.
 *
 * @param repo the repository root (holds {@code spec/}, {@code generator/}, {@code benchmarks/})
 * @param corpus the directory holding {@code datadog-v2-openapi.yaml}
 * @param resultsDir where {@code RESULTS.md} and the chart are written
 * @param sections which sections to run
 * @param smallRepetitions runs per tool on {@code spec/incidents.yaml}
 * @param largeRepetitions runs per tool on the full Datadog v2 spec
 * @param scalingRepetitions runs per synthetic spec
 * @param incrementalRepetitions Maven builds per situation of the goal section
 * @param jmh how JMH runs
 * @param baseline an earlier build of the repository measured side by side with this one, if any
 * @param command the command line to print in the report
 */
public record BenchmarkOptions(
        Path repo,
        Path corpus,
        Path resultsDir,
        Set<String> sections,
        int smallRepetitions,
        int largeRepetitions,
        int scalingRepetitions,
        int incrementalRepetitions,
        ReadingRun.Settings jmh,
        Optional<Baseline> baseline,
        String command) {

    /**
     * An earlier build of the repository, measured next to this one so that every figure has its
     * "before" from the same run.
     *
     * @param repo a checkout of the earlier commit whose generator CLI has been built
     * @param label how the report names it, such as {@code before (d094152)}
     */
    public record Baseline(Path repo, String label) {
    }

    /** Every section, in the order they run. */
    public static final List<String> ALL_SECTIONS = List.of("generation", "scaling", "incremental", "reading", "profile");

    /** The usage text. */
    public static final String USAGE = """
            usage: BenchmarkMain --repo DIR [--corpus DIR] [--results DIR] [--sections a,b,...] [--quick]
                                 [--baseline-repo DIR --baseline-label TEXT] [--command TEXT]
              --repo DIR       repository root
              --corpus DIR     directory with datadog-v2-openapi.yaml (default: REPO/../shared/corpus)
              --results DIR    where RESULTS.md and results.svg go (default: REPO/benchmarks)
              --sections LIST  any of generation,scaling,incremental,reading,profile (default: all)
              --quick          one run each and a short JMH run, to check the harness (not for results)
              --baseline-repo DIR    a built checkout of an earlier commit, measured side by side
              --baseline-label TEXT  how the report names that checkout
              --command TEXT   the command line to print in the report
            """;

    /** Parses {@code args}; throws {@link IllegalArgumentException} with the problem on bad input. */
    public static BenchmarkOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--quick")) {
                quick = true;
            } else if (List.of("--repo", "--corpus", "--results", "--sections", "--command", "--baseline-repo",
                    "--baseline-label").contains(arg)
                    && i + 1 < args.length) {
                values.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete option: " + arg);
            }
        }
        if (!values.containsKey("--repo")) {
            throw new IllegalArgumentException("--repo is required");
        }
        Path repo = Path.of(values.get("--repo")).toAbsolutePath().normalize();
        Set<String> sections = Set.copyOf(Arrays.asList(
                values.getOrDefault("--sections", String.join(",", ALL_SECTIONS)).split(",")));
        for (String section : sections) {
            if (!ALL_SECTIONS.contains(section)) {
                throw new IllegalArgumentException("unknown section: " + section);
            }
        }
        return new BenchmarkOptions(
                repo,
                Path.of(values.getOrDefault("--corpus", repo.resolve("../shared/corpus").toString()))
                        .toAbsolutePath().normalize(),
                Path.of(values.getOrDefault("--results", repo.resolve("benchmarks").toString())).toAbsolutePath(),
                sections,
                quick ? 1 : 5,
                quick ? 1 : 3,
                quick ? 1 : 3,
                quick ? 2 : 5,
                quick ? new ReadingRun.Settings(1, 1, 2, 1) : new ReadingRun.Settings(2, 3, 5, 1),
                Optional.ofNullable(values.get("--baseline-repo")).map(dir -> new Baseline(
                        Path.of(dir).toAbsolutePath().normalize(), values.getOrDefault("--baseline-label", "before"))),
                values.getOrDefault("--command", "BenchmarkMain " + String.join(" ", args)));
    }

    /** Whether {@code section} is to run. */
    public boolean runs(String section) {
        return sections.contains(section);
    }
}
