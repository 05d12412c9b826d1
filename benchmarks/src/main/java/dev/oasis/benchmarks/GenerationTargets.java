package dev.oasis.benchmarks;

import java.util.Optional;

/** The targets on generating the Datadog v2 spec, tool against tool. */
final class GenerationTargets {

    private GenerationTargets() {
    }

    static Optional<TargetCheck.Figure> speedup(Results results, String subject) {
        return v2(results, subject).flatMap(ours -> v2(results, OpenApiGeneratorCli.NAME).map(theirs -> {
            double speedup = theirs.medianMillis() / ours.medianMillis();
            return new TargetCheck.Figure(String.format("%.1fx (%.2f s against %.2f s); CPU time %.1fx", speedup,
                    ours.medianMillis() / 1000, theirs.medianMillis() / 1000,
                    theirs.medianCpuMillis() / ours.medianCpuMillis()), ours.allSucceeded() && speedup >= 20);
        }));
    }

    static Optional<TargetCheck.Figure> memory(Results results, String subject) {
        return v2(results, subject).map(ours -> new TargetCheck.Figure(String.format("%.0f MB", ours.medianPeakMb()),
                ours.allSucceeded() && ours.medianPeakMb() <= 300));
    }

    static Optional<TargetCheck.Figure> compiles(Results results, String subject) {
        return v2(results, subject).map(ours -> new TargetCheck.Figure(ours.compile().summary(),
                ours.compile().compiles()));
    }

    private static Optional<GenerationBenchmark.ToolResult> v2(Results results, String tool) {
        return results.generation().stream().filter(s -> s.spec().equals(BenchmarkMain.V2_SPEC)).findFirst()
                .flatMap(spec -> spec.tool(tool));
    }
}
