package dev.oasis.benchmarks;

import java.util.List;
import java.util.Optional;

/**
 * Everything one run measured. A section that was not run is empty (or {@code null} for the
 * single-valued ones), and the report says so.
 *
 * @param environment the machine and JVM
 * @param command the command that produced the figures
 * @param memoryMethod how peak memory was measured
 * @param baseline the report name of the earlier build measured beside this one, if any
 * @param generation generation, tool against tool, one entry per spec
 * @param scaling our generator (and the baseline) over synthetic specs
 * @param goals our Maven goal (and the baseline's), one entry per build of the plugin
 * @param reading JMH reading scores, or {@code null}
 * @param readingSettings how JMH was run, or {@code null}
 * @param publishedBodies whether each reader accepts each body exactly as published
 * @param largeBodies whether each reader accepts each larger body
 * @param profiles a profiled generation of the v2 spec per build of our generator
 * @param loadAverageAtEnd the load averages when the run ended
 */
public record Results(
        Environment environment,
        String command,
        String memoryMethod,
        Optional<String> baseline,
        List<GenerationBenchmark.SpecResult> generation,
        List<ScalingBenchmark.Point> scaling,
        List<GoalBenchmark.Outcome> goals,
        ReadingRun.Scores reading,
        ReadingRun.Settings readingSettings,
        List<PublishedBodies.Check> publishedBodies,
        List<PublishedBodies.Check> largeBodies,
        List<ProfileBenchmark.ToolProfile> profiles,
        String loadAverageAtEnd) {

    /** Our generator's name in every section. */
    public static final String OURS = "Oasis";

    /** The scaling points of {@code tool}. */
    public List<ScalingBenchmark.Point> scaling(String tool) {
        return scaling.stream().filter(p -> p.tool().equals(tool)).toList();
    }

    /** The goal measurements of {@code subject}, if they ran. */
    public Optional<GoalBenchmark.Outcome> goal(String subject) {
        return goals.stream().filter(g -> g.subject().equals(subject)).findFirst();
    }
}
