package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code RESULTS.md}: the environment, the targets with their verdicts, then one part per section. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /** Writes the report for {@code results} to {@code file}, linking the chart {@code chartName}. */
    public static void write(Results r, Path file, String chartName) throws IOException {
        Markdown md = new Markdown();
        Environment env = r.environment();
        md.line("# Benchmark results").line("")
                .line("Written by the benchmark run; do not edit by hand. Medians of repeated runs; ratios are medians"
                        + " divided. Every run's figures are listed as wall ms / CPU ms / peak MB, with the machine's"
                        + " 1-minute load average when the run started.").line("")
                .line("- Date: " + env.date())
                .line("- Command: `" + r.command() + "`")
                .line("- Repository measured: " + Markdown.cell(env.commit()))
                .line("- Cores (`nproc`): " + env.cores() + "; CPU: " + env.cpu() + "; memory: " + env.memory())
                .line("- JVM (runs every tool, default flags): " + env.jvm())
                .line("- OS: " + env.os())
                .line("- Load average (1, 5, 15 min) at start: " + env.loadAverage() + "; at end: " + r.loadAverageAtEnd()
                        + ". Other work on the machine slows every tool alike, as runs alternate, but adds noise.")
                .line("- Peak memory: " + r.memoryMethod() + ", of the whole process");
        r.baseline().ifPresent(b -> md.line("- Baseline: \"" + b + "\", an earlier commit built the same way and run"
                + " beside this one, alternating run by run (its goal builds run after ours)"));
        md.line("").line("![Generation and scaling charts](" + chartName + ")").line("");
        targets(r, md);
        GenerationReport.write(r, md);
        ScalingReport.write(r, md);
        GoalReport.write(r, md);
        ReadingReport.write(r, md);
        ProfileReport.write(r, md);
        Files.writeString(file, md.toString());
    }

    private static void targets(Results r, Markdown md) {
        md.line("## Targets").line("");
        if (r.baseline().isPresent()) {
            md.line("| target | before: " + r.baseline().get() + " | now | status |").line("| --- | --- | --- | --- |");
        } else {
            md.line("| target | measured | status |").line("| --- | --- | --- |");
        }
        for (TargetCheck.Verdict v : TargetCheck.judge(r)) {
            if (r.baseline().isPresent()) {
                md.row(v.target(), v.before(), v.measured(), v.status());
            } else {
                md.row(v.target(), v.measured(), v.status());
            }
        }
        md.line("");
    }
}
