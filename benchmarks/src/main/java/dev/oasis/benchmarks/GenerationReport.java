package dev.oasis.benchmarks;

/** The report's part on whole-process generation, tool against tool. */
final class GenerationReport {

    private GenerationReport() {
    }

    static void write(Results r, Markdown md) {
        md.line("## Generation, whole process").line("");
        if (r.generation().isEmpty()) {
            md.line("Not run.").line("");
            return;
        }
        md.line("Each tool runs as its own `java -jar` process with the JVM's default flags into a fresh directory;"
                + " the tools alternate run by run. Files and lines are those of the last run; \"compiles\" is"
                + " `javac` over its main sources (OpenAPI Generator's against the dependencies its generated pom"
                + " declares).").line("");
        md.line("| spec | tool | runs | wall time | CPU time | peak memory | files | Java files | Java lines | compiles |")
                .line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (GenerationBenchmark.SpecResult spec : r.generation()) {
            for (GenerationBenchmark.ToolResult t : spec.tools()) {
                md.line(String.format("| %s | %s | %d%s | %.2f s | %.2f s | %.0f MB | %,d | %,d | %,d | %s |", spec.spec(),
                        t.tool(), t.runs().size(), t.allSucceeded() ? "" : " (some failed)", t.medianMillis() / 1000,
                        t.medianCpuMillis() / 1000, t.medianPeakMb(), t.size().files(), t.size().javaFiles(),
                        t.size().javaLines(), t.compile().summary()));
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
