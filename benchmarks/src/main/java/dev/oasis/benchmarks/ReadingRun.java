package dev.oasis.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link ReadingBenchmark} through JMH and {@link ReadingCpu} beside it, and collects their figures. */
public final class ReadingRun {

    /**
     * How long JMH runs each benchmark.
     *
     * @param forks forked JVMs per benchmark
     * @param warmupIterations warm-up iterations per fork
     * @param measurementIterations measured iterations per fork
     * @param iterationSeconds seconds per iteration
     */
    public record Settings(int forks, int warmupIterations, int measurementIterations, int iterationSeconds) {

        /** A description of the JMH run for the report. */
        public String describe() {
            return forks + " fork(s), " + warmupIterations + " warm-up and " + measurementIterations
                    + " measured iterations of " + iterationSeconds + " s, one thread";
        }

        /** Seconds of warm-up before {@link ReadingCpu}'s batches: five times JMH's, as all readers share it. */
        public int cpuWarmupSeconds() {
            return 5 * warmupIterations * iterationSeconds;
        }

        /** {@link ReadingCpu}'s timed batches per reader and body. */
        public int cpuBatches() {
            return 2 * measurementIterations - 1;
        }

        /** A description of the CPU-time measurement for the report. */
        public String describeCpu() {
            return cpuWarmupSeconds() + " s of warm-up shared by all readers, then " + cpuBatches()
                    + " batches of about 0.1 s of CPU per reader and body, the readers taking turns";
        }
    }

    /**
     * One benchmark's score.
     *
     * @param reader {@code oasis}, {@code datadog} or {@code streaming}
     * @param endpoint {@code todo}, {@code integration} or {@code notificationTemplate}
     * @param opsPerSecond mean throughput, reads per second
     * @param error the 99.9% confidence half-width JMH reports, reads per second
     */
    public record Score(String reader, String endpoint, double opsPerSecond, double error) {
    }

    /**
     * All scores of one run.
     *
     * @param all JMH's throughput scores
     * @param cpu thread CPU time and allocation per read, which the verdicts use
     */
    public record Scores(List<Score> all, ReadingCpu.Figures cpu) {

        /** The score of {@code reader} on {@code endpoint}, if that pair was measured. */
        public Optional<Score> find(String reader, String endpoint) {
            return all.stream().filter(s -> s.reader.equals(reader) && s.endpoint.equals(endpoint)).findFirst();
        }
    }

    private ReadingRun() {
    }

    /** Runs every reading benchmark with {@code settings}: JMH, then the CPU-time measure in this JVM. */
    public static Scores run(Settings settings) throws Exception {
        Options options = new OptionsBuilder()
                .include(ReadingBenchmark.class.getName() + "\\.")
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .measurementIterations(settings.measurementIterations())
                .warmupTime(TimeValue.seconds(settings.iterationSeconds()))
                .measurementTime(TimeValue.seconds(settings.iterationSeconds()))
                .threads(1)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<Score> scores = new ArrayList<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            String[] parts = method.substring(method.lastIndexOf('.') + 1).split("_", 2);
            scores.add(new Score(parts[0], parts[1], result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreError()));
        }
        return new Scores(scores, ReadingCpu.run(settings.cpuWarmupSeconds(), settings.cpuBatches()));
    }
}
