package dev.oasis.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link ReadingBenchmark} through JMH and collects its scores. */
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

        /** A description for the report. */
        public String describe() {
            return forks + " fork(s), " + warmupIterations + " warm-up and " + measurementIterations
                    + " measured iterations of " + iterationSeconds + " s, one thread";
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

    /** All scores of one run. */
    public record Scores(List<Score> all) {

        /** The score of {@code reader} on {@code endpoint}, if that pair was measured. */
        public Optional<Score> find(String reader, String endpoint) {
            return all.stream().filter(s -> s.reader.equals(reader) && s.endpoint.equals(endpoint)).findFirst();
        }
    }

    private ReadingRun() {
    }

    /** Runs every reading benchmark with {@code settings}. */
    public static Scores run(Settings settings) throws RunnerException {
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
        return new Scores(scores);
    }
}
