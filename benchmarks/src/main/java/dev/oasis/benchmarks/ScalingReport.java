package dev.oasis.benchmarks;

/** The report's part on synthetic specs. */
final class ScalingReport {

    private ScalingReport() {
    }

    static void write(Results r, Markdown md) {
        md.line("## Scaling (our generator)").line("");
        if (r.scaling().isEmpty()) {
            md.line("Not measured yet (`benchmarks/run.sh --sections scaling`).").line("");
            return;
        }
        md.line("Synthetic specs written by the benchmark. `wide-N` (`SyntheticSpecs`) has N object schemas (8"
                + " properties each, one a reference to another schema) and N operations; `chain-2000` has 2,000"
                + " schemas each referring to the next; `unions-3.0` and `unions-3.1` (`UnionSpecs`) have 5,000"
                + " schemas in the style of the big payment and AI APIs: " + UnionSpecs.GROUP + " schemas per group"
                + " with four anyOf unions (two of them nullable), three nullable references, nullable scalars, an open"
                + " map and a link of an allOf chain " + UnionSpecs.CHAIN_DEPTH + " deep, written with the 3.0 idioms (`nullable: true`,"
                + " `allOf: [$ref]` beside `nullable`) or the 3.1 ones (`anyOf: [X, {type: 'null'}]`,"
                + " `type: [string, 'null']`). \"Marginal\" is the extra CPU time per extra schema since the previous"
                + " wide size, which leaves out JVM start-up and, unlike wall time, other work on the machine.")
                .line("");
        md.line("| spec | tool | schemas | runs | wall time | wall per schema | CPU time | marginal CPU per schema"
                + " | peak memory | Java files |").line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (ScalingBenchmark.Point p : r.scaling()) {
            md.line(String.format("| %s | %s | %,d | %d%s | %.2f s | %.2f ms | %.2f s | %s | %.0f MB | %,d |", p.label(),
                    p.tool(), p.schemas(), p.runs().size(), p.allSucceeded() ? "" : " (some failed)",
                    p.medianMillis() / 1000, p.millisPerSchema(), p.medianCpuMillis() / 1000, marginal(r, p),
                    p.medianPeakMb(), p.javaFiles()));
        }
        md.line("").line("Every run, in order:").line("");
        for (ScalingBenchmark.Point p : r.scaling()) {
            md.line("- " + p.label() + ", " + p.tool() + ": " + Markdown.runs(p.runs()));
        }
        md.line("");
    }

    private static String marginal(Results r, ScalingBenchmark.Point p) {
        if (p.kind() != ScalingBenchmark.Kind.WIDE) {
            return "";
        }
        ScalingBenchmark.Point previous = null;
        for (ScalingBenchmark.Point q : r.scaling(p.tool())) {
            if (q == p) {
                break;
            }
            previous = q.kind() == ScalingBenchmark.Kind.WIDE ? q : previous;
        }
        return previous == null ? "" : String.format("%.2f ms",
                Scaling.marginalMillisPerSchema(previous, p, ScalingBenchmark.Point::medianCpuMillis));
    }
}
