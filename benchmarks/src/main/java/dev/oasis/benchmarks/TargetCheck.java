package dev.oasis.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The targets, each judged against what a run measured. */
public final class TargetCheck {

    /**
     * One target.
     *
     * @param target what the issue asks for
     * @param measured what the run measured
     * @param status "met", "missed" or "not measured"
     */
    public record Verdict(String target, String measured, String status) {
    }

    private static final String OURS = "Oasis";

    private TargetCheck() {
    }

    /** Judges every target; a section that was not run is "not measured". */
    public static List<Verdict> judge(Results results) {
        List<Verdict> verdicts = new ArrayList<>();
        generation(results, verdicts);
        scaling(results, verdicts);
        incremental(results, verdicts);
        reading(results, verdicts);
        return verdicts;
    }

    private static void generation(Results results, List<Verdict> out) {
        Optional<GenerationBenchmark.SpecResult> v2 = results.generation().stream()
                .filter(s -> s.spec().equals(BenchmarkMain.V2_SPEC)).findFirst();
        if (v2.isEmpty()) {
            out.add(notMeasured("Full v2 spec: at least 20x faster than OpenAPI Generator (wall time)"));
            out.add(notMeasured("Full v2 spec: at most 300 MB peak memory"));
            out.add(notMeasured("Full v2 spec: our output compiles"));
            return;
        }
        GenerationBenchmark.ToolResult ours = v2.get().tools().get(0);
        GenerationBenchmark.ToolResult theirs = v2.get().tools().get(1);
        double speedup = theirs.medianMillis() / ours.medianMillis();
        out.add(verdict("Full v2 spec: at least 20x faster than OpenAPI Generator (wall time)",
                String.format("%.1fx (%.2f s against %.2f s); CPU time %.1fx", speedup, ours.medianMillis() / 1000,
                        theirs.medianMillis() / 1000, theirs.medianCpuMillis() / ours.medianCpuMillis()),
                ours.allSucceeded() && speedup >= 20));
        out.add(verdict("Full v2 spec: at most 300 MB peak memory",
                String.format("%.0f MB", ours.medianPeakMb()), ours.allSucceeded() && ours.medianPeakMb() <= 300));
        out.add(verdict("Full v2 spec: our output compiles", ours.compile().summary(), ours.compile().compiles()));
    }

    private static void scaling(Results results, List<Verdict> out) {
        List<ScalingBenchmark.Point> wide = results.scaling().stream().filter(p -> !p.chain()).toList();
        Optional<ScalingBenchmark.Point> chain = results.scaling().stream().filter(ScalingBenchmark.Point::chain)
                .findFirst();
        Optional<ScalingBenchmark.Point> p100 = size(wide, 100);
        Optional<ScalingBenchmark.Point> p1000 = size(wide, 1_000);
        Optional<ScalingBenchmark.Point> p5000 = size(wide, 5_000);
        String linear = "Linear scaling: marginal CPU time per schema from 1,000 to 5,000 within 1.5x of 100 to 1,000";
        if (p100.isEmpty() || p1000.isEmpty() || p5000.isEmpty()) {
            out.add(notMeasured(linear));
        } else {
            ToDoubleFunction<ScalingBenchmark.Point> cpu = ScalingBenchmark.Point::medianCpuMillis;
            double early = Scaling.marginalMillisPerSchema(p100.get(), p1000.get(), cpu);
            double late = Scaling.marginalMillisPerSchema(p1000.get(), p5000.get(), cpu);
            boolean allRan = wide.stream().allMatch(ScalingBenchmark.Point::allSucceeded);
            out.add(verdict(linear, String.format("%.2f ms then %.2f ms CPU per schema (%.2fx)", early, late,
                    late / early), allRan && late <= 1.5 * early));
        }
        String deep = "2,000-deep chain generates without stack or memory trouble";
        out.add(chain.map(c -> verdict(deep, c.allSucceeded()
                        ? String.format("generated in %.2f s, %.0f MB", c.medianMillis() / 1000, c.medianPeakMb())
                        : "failed; see the scaling logs", c.allSucceeded()))
                .orElse(notMeasured(deep)));
    }

    private static void incremental(Results results, List<Verdict> out) {
        String target = "Unchanged Maven build: under 100 ms in the goal";
        IncrementalBenchmark.Result r = results.incremental();
        if (r == null || !r.measured()) {
            out.add(new Verdict(target, r == null ? "section not run" : r.note(), "not measured"));
            return;
        }
        double withLoading = Stats.median(r.goalMillis());
        if (r.selfReportedMillis().isEmpty()) {
            out.add(verdict(target, String.format("%.0f ms including plugin loading (median of %d)", withLoading,
                    r.goalMillis().size()), withLoading < 100));
            return;
        }
        double own = Stats.median(r.selfReportedMillis());
        out.add(verdict(target, String.format("%.0f ms as the goal reports it; %.0f ms including plugin loading"
                + " (medians of %d)", own, withLoading, r.goalMillis().size()), own < 100));
    }

    private static void reading(Results results, List<Verdict> out) {
        String vsDatadog = "Reading: at least 2x Datadog's client's throughput";
        String vsFloor = "Reading: within 1.5x of the Jackson streaming floor";
        ReadingRun.Scores scores = results.reading();
        if (scores == null) {
            out.add(notMeasured(vsDatadog));
            out.add(notMeasured(vsFloor));
            return;
        }
        List<String> datadogParts = new ArrayList<>();
        boolean datadogMet = true;
        List<String> floorParts = new ArrayList<>();
        boolean floorMet = true;
        for (String endpoint : BenchmarkMain.ENDPOINTS) {
            Optional<ReadingRun.Score> ours = scores.find("oasis", endpoint);
            Optional<ReadingRun.Score> datadog = scores.find("datadog", endpoint);
            Optional<ReadingRun.Score> floor = scores.find("streaming", endpoint);
            if (ours.isPresent() && datadog.isPresent()) {
                double ratio = ours.get().opsPerSecond() / datadog.get().opsPerSecond();
                datadogParts.add(String.format("%s %.2fx", endpoint, ratio));
                datadogMet &= ratio >= 2;
            }
            if (ours.isPresent() && floor.isPresent()) {
                double ratio = floor.get().opsPerSecond() / ours.get().opsPerSecond();
                floorParts.add(String.format("%s %.2fx slower", endpoint, ratio));
                floorMet &= ratio <= 1.5;
            }
        }
        out.add(datadogParts.isEmpty() ? notMeasured(vsDatadog)
                : verdict(vsDatadog, String.join(", ", datadogParts), datadogMet));
        out.add(floorParts.isEmpty() ? notMeasured(vsFloor)
                : verdict(vsFloor, String.join(", ", floorParts), floorMet));
    }

    private static Optional<ScalingBenchmark.Point> size(List<ScalingBenchmark.Point> points, int schemas) {
        return points.stream().filter(p -> p.schemas() == schemas).findFirst();
    }

    private static Verdict verdict(String target, String measured, boolean met) {
        return new Verdict(target, measured, met ? "met" : "missed");
    }

    private static Verdict notMeasured(String target) {
        return new Verdict(target, "section not run", "not measured");
    }
}
