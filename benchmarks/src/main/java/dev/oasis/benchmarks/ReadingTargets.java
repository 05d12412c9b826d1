package dev.oasis.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The targets on reading bodies with the generated client: against the bare token pass and
 * against Datadog's client, judged on thread CPU time per read ({@link ReadingCpu}), with JMH's
 * wall-clock ratio beside it. Reading is measured for our build only, so the baseline has no figure.
 */
final class ReadingTargets {

    private ReadingTargets() {
    }

    static Optional<TargetCheck.Figure> vsFloor(Results results, String subject, List<String> bodies) {
        return ratios(results, subject, bodies, "streaming", true);
    }

    static Optional<TargetCheck.Figure> vsDatadog(Results results, String subject, List<String> bodies) {
        return ratios(results, subject, bodies, "datadog", false);
    }

    private static Optional<TargetCheck.Figure> ratios(Results results, String subject, List<String> bodies,
            String other, boolean floor) {
        ReadingRun.Scores scores = results.reading();
        if (scores == null || !subject.equals(Results.OURS)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        boolean met = true;
        for (String body : bodies) {
            Optional<ReadingCpu.Figure> ours = scores.cpu().find("oasis", body);
            Optional<ReadingCpu.Figure> theirs = scores.cpu().find(other, body);
            if (ours.isEmpty() || theirs.isEmpty()) {
                continue;
            }
            double ratio = floor ? ours.get().cpuMicros() / theirs.get().cpuMicros()
                    : theirs.get().cpuMicros() / ours.get().cpuMicros();
            parts.add(String.format("%s %.2fx%s", body, ratio, jmh(scores, body, other, floor)));
            met &= floor ? ratio <= 1.5 : ratio >= 2;
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new TargetCheck.Figure(String.join(", ", parts), met));
    }

    /** JMH's wall-clock ratio for the same pair, shown beside the CPU-time one, or nothing when not measured. */
    private static String jmh(ReadingRun.Scores scores, String body, String other, boolean floor) {
        Optional<ReadingRun.Score> ours = scores.find("oasis", body);
        Optional<ReadingRun.Score> theirs = scores.find(other, body);
        if (ours.isEmpty() || theirs.isEmpty()) {
            return "";
        }
        return String.format(" (JMH %.2fx)", floor ? theirs.get().opsPerSecond() / ours.get().opsPerSecond()
                : ours.get().opsPerSecond() / theirs.get().opsPerSecond());
    }
}
