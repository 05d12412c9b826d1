package dev.oasis.benchmarks;

import java.util.List;

/**
 * Everything one run measured. A section that was not run is empty (or {@code null} for the
 * single-valued ones), and the report says so.
 *
 * @param environment the machine and JVM
 * @param command the command that produced the figures
 * @param memoryMethod how peak memory was measured
 * @param generation generation, tool against tool, one entry per spec
 * @param scaling our generator over synthetic specs
 * @param incremental the unchanged Maven build, or {@code null}
 * @param reading JMH reading scores, or {@code null}
 * @param readingSettings how JMH was run, or {@code null}
 * @param publishedBodies whether each reader accepts each body exactly as published
 * @param loadAverageAtEnd the load averages when the run ended
 */
public record Results(
        Environment environment,
        String command,
        String memoryMethod,
        List<GenerationBenchmark.SpecResult> generation,
        List<ScalingBenchmark.Point> scaling,
        IncrementalBenchmark.Result incremental,
        ReadingRun.Scores reading,
        ReadingRun.Settings readingSettings,
        List<PublishedBodies.Check> publishedBodies,
        String loadAverageAtEnd) {
}
