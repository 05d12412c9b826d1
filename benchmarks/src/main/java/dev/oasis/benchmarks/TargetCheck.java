package dev.oasis.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The targets, each judged against what a run measured: for our build, and, when the run
 * had a baseline, the same figure for the baseline beside it ("before"). The goal's targets are
 * judged with Maven's JVM defaults; each is followed by a row, shown but not judged, with the batch
 * settings in {@code .mvn/jvm.config} that the README suggests.
 */
public final class TargetCheck {

    /**
     * One target.
     *
     * @param target what the issue asks for
     * @param before the baseline's figure, or "" without a baseline
     * @param measured our figure
     * @param status "met", "missed", "not measured", or "shown, not judged"
     */
    public record Verdict(String target, String before, String measured, String status) {
    }

    /**
     * A figure and whether it meets its target.
     *
     * @param text the figure, for the report
     * @param met whether it meets the target
     */
    record Figure(String text, boolean met) {
    }

    private record Target(String name, BiFunction<Results, String, Optional<Figure>> judge, boolean judged) {

        Target(String name, BiFunction<Results, String, Optional<Figure>> judge) {
            this(name, judge, true);
        }
    }

    private static final String WITH_CONFIG = ", with `" + String.join(" ", GoalBenchmark.README_JVM_CONFIG)
            + "` in the project's `.mvn/jvm.config` (for information)";

    private static final List<Target> TARGETS = List.of(
            new Target("Datadog v2, whole process tree, started without JVM options: at least 20x faster than"
                    + " OpenAPI Generator (wall time)", GenerationTargets::speedup),
            new Target("Datadog v2: at most 300 MB peak resident memory", GenerationTargets::memory),
            new Target("Datadog v2: the output compiles", GenerationTargets::compiles),
            new Target("One schema changed in v2: the goal regenerates in at most 2 s (Maven's timestamps,"
                    + " plugin loading included)", GoalTargets::schemaChangeTime),
            new Target("One schema changed in v2" + WITH_CONFIG, GoalTargets::schemaChangeTime, false),
            new Target("One schema changed in v2: only the files whose content changed are rewritten",
                    GoalTargets::onlyChangedRewritten),
            new Target("Three operations selected out of v2: at most 2 s in the goal (Maven's timestamps)",
                    GoalTargets::selectionTime),
            new Target("Three operations selected out of v2" + WITH_CONFIG, GoalTargets::selectionTime, false),
            new Target("Unchanged Maven build: under 100 ms in the goal (its own figure)", GoalTargets::unchanged),
            new Target("Unchanged Maven build" + WITH_CONFIG, GoalTargets::unchanged, false),
            new Target("Synthetic specs: time per schema flat (marginal CPU per schema from 1,000 to 10,000 within"
                    + " 1.5x of 100 to 1,000)", ScalingTargets::flat),
            new Target("Synthetic specs: memory bounded (at most 300 MB peak at 10,000 schemas)",
                    ScalingTargets::memory),
            new Target("2,000-deep reference chain generates", ScalingTargets::chain),
            new Target("Union-heavy 5,000-schema specs, 3.0 and 3.1 idioms: at most 10 s each (wall time)",
                    ScalingTargets::unions),
            new Target("Reading the three seed bodies: within 1.5x of the bare Jackson token pass",
                    (r, s) -> ReadingTargets.vsFloor(r, s, BenchmarkMain.ENDPOINTS)),
            new Target("Reading the three seed bodies: at least 2x Datadog's client",
                    (r, s) -> ReadingTargets.vsDatadog(r, s, BenchmarkMain.ENDPOINTS)),
            new Target("Reading larger bodies (lists of 1,000, unions in lists in unions): within 1.5x of the"
                    + " token pass", (r, s) -> ReadingTargets.vsFloor(r, s, BenchmarkMain.LARGE_BODIES)),
            new Target("Reading larger bodies: at least 2x Datadog's client",
                    (r, s) -> ReadingTargets.vsDatadog(r, s, BenchmarkMain.LARGE_BODIES)));

    private TargetCheck() {
    }

    /** Judges every target; one whose section did not run is "not measured". */
    public static List<Verdict> judge(Results results) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Target target : TARGETS) {
            String suffix = target.judged() ? "" : GoalBenchmark.WITH_BATCH_CONFIG;
            Optional<Figure> ours = target.judge().apply(results, Results.OURS + suffix);
            String before = results.baseline().map(b -> target.judge().apply(results, b + suffix).map(Figure::text)
                    .orElse("not measured")).orElse("");
            verdicts.add(new Verdict(target.name(), before, ours.map(Figure::text).orElse("not measured"),
                    ours.map(f -> !target.judged() ? "shown, not judged" : f.met() ? "met" : "missed")
                            .orElse("not measured")));
        }
        return verdicts;
    }
}
