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
                .line("- Cores (`nproc`): " + env.cores() + "; CPU: " + env.cpu() + "; memory: " + env.memory())
                .line("- JVM (runs every tool): " + env.jvm() + ". Every tool is started without JVM options and with"
                        + " none from the environment (`" + String.join("`, `", ProcessMeter.JVM_OPTION_VARIABLES)
                        + "` are cleared), so each gets the JVM's defaults or whatever it chooses itself")
                .line("- OS: " + env.os())
                .line("- Measured over the whole process tree: " + r.memoryMethod())
                .line("- Other work on the machine slows every tool alike, as runs alternate, but adds noise: compare"
                        + " figures within a section, not across sections measured at different times.");
        r.baseline().ifPresent(b -> md.line("- Baseline: \"" + b + "\", an earlier commit built the same way and run"
                + " beside this one, alternating run by run (its goal builds run after ours)"));
        md.line("").line("Each section's figures are saved in `" + SectionStore.DIRECTORY + "/SECTION.json` when it ends, and this"
                + " report is assembled from all saved sections: a run of some sections (`--sections`) replaces"
                + " only theirs. Each section was measured as follows.").line("");
        md.line("| section | date | commit | command | load average (1, 5, 15 min) at start | at end |")
                .line("| --- | --- | --- | --- | --- | --- |");
        for (SectionRun run : r.runs()) {
            md.row(run.section(), run.date(), run.commit().split(" ", 2)[0]
                    + (run.commit().endsWith(Environment.UNCOMMITTED) ? Environment.UNCOMMITTED : ""),
                    "`" + run.command() + "`", run.loadAtStart(), run.loadAtEnd());
        }
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
