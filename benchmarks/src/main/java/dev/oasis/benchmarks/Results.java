package dev.oasis.benchmarks;

import java.util.List;
import java.util.Optional;

/**
 * Everything measured, by one run or gathered from the sections of several ({@link SectionStore}).
 * A section that was not run is empty (or {@code null} for the single-valued ones), and the report
 * says so.
 *
 * @param environment the machine and JVM (of the latest run)
 * @param memoryMethod how peak memory and CPU time were measured
 * @param baseline the report name of the earlier build measured beside this one, if any
 * @param runs when, on what commit and by which command each section present was measured
 * @param generation generation, tool against tool, one entry per spec
 * @param scaling our generator (and the baseline) over synthetic specs
 * @param goals our Maven goal (and the baseline's), one entry per build of the plugin
 * @param reading JMH reading scores, or {@code null}
 * @param readingSettings how JMH was run, or {@code null}
 * @param publishedBodies whether each reader accepts each body exactly as published
 * @param largeBodies whether each reader accepts each larger body
 * @param profiles a profiled generation of the v2 spec per build of our generator
 */
public record Results(
        Environment environment,
        String memoryMethod,
        Optional<String> baseline,
        List<SectionRun> runs,
        List<GenerationBenchmark.SpecResult> generation,
        List<ScalingBenchmark.Point> scaling,
        List<GoalBenchmark.Outcome> goals,
        ReadingRun.Scores reading,
        ReadingRun.Settings readingSettings,
        List<PublishedBodies.Check> publishedBodies,
        List<PublishedBodies.Check> largeBodies,
        List<ProfileBenchmark.ToolProfile> profiles) {

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
