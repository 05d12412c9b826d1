package dev.oasis.benchmarks;

import java.util.List;
import java.util.Optional;

/** The targets on synthetic specs: flat time per schema, bounded memory, depth, unions. */
final class ScalingTargets {

    private ScalingTargets() {
    }

    static Optional<TargetCheck.Figure> flat(Results results, String subject) {
        List<ScalingBenchmark.Point> wide = wide(results, subject);
        Optional<ScalingBenchmark.Point> p100 = size(wide, 100);
        Optional<ScalingBenchmark.Point> p1000 = size(wide, 1_000);
        Optional<ScalingBenchmark.Point> p10000 = size(wide, 10_000);
        if (p100.isEmpty() || p1000.isEmpty() || p10000.isEmpty()) {
            return Optional.empty();
        }
        double early = Scaling.marginalMillisPerSchema(p100.get(), p1000.get(), ScalingBenchmark.Point::medianCpuMillis);
        double late = Scaling.marginalMillisPerSchema(p1000.get(), p10000.get(), ScalingBenchmark.Point::medianCpuMillis);
        boolean allRan = wide.stream().allMatch(ScalingBenchmark.Point::allSucceeded);
        return Optional.of(new TargetCheck.Figure(String.format("%.2f ms then %.2f ms CPU per schema (%.2fx)", early,
                late, late / early), allRan && late <= 1.5 * early));
    }

    static Optional<TargetCheck.Figure> memory(Results results, String subject) {
        return size(wide(results, subject), 10_000).map(p -> new TargetCheck.Figure(String.format(
                "%.0f MB at 10,000 schemas (%.0f MB at 1,000)", p.medianPeakMb(),
                size(wide(results, subject), 1_000).map(ScalingBenchmark.Point::medianPeakMb).orElse(Double.NaN)),
                p.allSucceeded() && p.medianPeakMb() <= 300));
    }

    static Optional<TargetCheck.Figure> chain(Results results, String subject) {
        return results.scaling(subject).stream().filter(p -> p.kind() == ScalingBenchmark.Kind.CHAIN).findFirst()
                .map(c -> new TargetCheck.Figure(c.allSucceeded()
                        ? String.format("generated in %.2f s, %.0f MB", c.medianMillis() / 1000, c.medianPeakMb())
                        : "failed; see the scaling logs", c.allSucceeded()));
    }

    static Optional<TargetCheck.Figure> unions(Results results, String subject) {
        List<ScalingBenchmark.Point> unions = results.scaling(subject).stream()
                .filter(p -> p.kind() == ScalingBenchmark.Kind.UNIONS).toList();
        if (unions.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = unions.stream().map(p -> String.format("%s %.2f s, %.0f MB%s", p.label(),
                p.medianMillis() / 1000, p.medianPeakMb(), p.allSucceeded() ? "" : " (failed)")).toList();
        boolean met = unions.stream().allMatch(p -> p.allSucceeded() && p.medianMillis() <= 10_000);
        return Optional.of(new TargetCheck.Figure(String.join("; ", parts), met));
    }

    private static List<ScalingBenchmark.Point> wide(Results results, String subject) {
        return results.scaling(subject).stream().filter(p -> p.kind() == ScalingBenchmark.Kind.WIDE).toList();
    }

    private static Optional<ScalingBenchmark.Point> size(List<ScalingBenchmark.Point> points, int schemas) {
        return points.stream().filter(p -> p.schemas() == schemas).findFirst();
    }
}
