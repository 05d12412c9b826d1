package dev.oasis.benchmarks;

/** The report's part on whole-process generation, tool against tool. */
final class GenerationReport {

    private GenerationReport() {
    }

    static void write(Results r, Markdown md) {
        md.line("## Generation, whole process").line("");
        if (r.generation().isEmpty()) {
            md.line("Not measured yet (`benchmarks/run.sh --sections generation`).").line("");
            return;
        }
        md.line("Each tool is started as `java -jar` with no JVM options, into a fresh directory; the tools alternate"
                + " run by run. A tool that runs its work in a second JVM (ours, from the batch JVM on) is measured"
                + " with both: CPU time over every process, peak memory as the peak of their summed resident memory;"
                + " \"processes\" is the most seen alive at once. Files and lines are those of the last run;"
                + " \"compiles\" is `javac` over its main sources (OpenAPI Generator's against the dependencies its"
                + " generated pom declares).").line("");
        md.line("| spec | tool | runs | wall time | CPU time | peak memory | processes | files | Java files | Java lines"
                + " | compiles |").line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (GenerationBenchmark.SpecResult spec : r.generation()) {
            for (GenerationBenchmark.ToolResult t : spec.tools()) {
                md.line(String.format("| %s | %s | %d%s | %.2f s | %.2f s | %.0f MB | %d | %,d | %,d | %,d | %s |",
                        spec.spec(), t.tool(), t.runs().size(), t.allSucceeded() ? "" : " (some failed)",
                        t.medianMillis() / 1000, t.medianCpuMillis() / 1000, t.medianPeakMb(),
                        t.runs().stream().mapToInt(Measurement::processes).max().orElse(0), t.size().files(),
                        t.size().javaFiles(), t.size().javaLines(), t.compile().summary()));
            }
        }
        md.line("").line("| spec | tool | OpenAPI Generator / tool: wall time | CPU time | peak memory |")
                .line("| --- | --- | ---: | ---: | ---: |");
        for (GenerationBenchmark.SpecResult spec : r.generation()) {
            spec.tool(OpenApiGeneratorCli.NAME).ifPresent(theirs -> {
                for (GenerationBenchmark.ToolResult t : spec.tools()) {
                    if (t != theirs) {
                        md.line(String.format("| %s | %s | %.1fx | %.1fx | %.1fx |", spec.spec(), t.tool(),
                                theirs.medianMillis() / t.medianMillis(), theirs.medianCpuMillis() / t.medianCpuMillis(),
                                theirs.medianPeakMb() / t.medianPeakMb()));
                    }
                }
            });
        }
        md.line("").line("Every run, in order:").line("");
        for (GenerationBenchmark.SpecResult spec : r.generation()) {
            for (GenerationBenchmark.ToolResult t : spec.tools()) {
                md.line("- " + spec.spec() + ", " + t.tool() + ": " + Markdown.runs(t.runs()));
            }
        }
        md.line("");
    }
}
