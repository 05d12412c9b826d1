package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes {@code RESULTS.md}: the environment, one table per section, and the targets. */
public final class MarkdownReport {

    private final StringBuilder md = new StringBuilder();

    private MarkdownReport() {
    }

    /** Writes the report for {@code results} to {@code file}, linking the chart {@code chartName}. */
    public static void write(Results results, Path file, String chartName) throws IOException {
        MarkdownReport report = new MarkdownReport();
        report.render(results, chartName);
        Files.writeString(file, report.md);
    }

    private void render(Results r, String chartName) {
        Environment env = r.environment();
        line("# Benchmark results");
        line("");
        line("Written by the benchmark run; do not edit by hand. Medians of repeated runs; ratios are medians divided.");
        line("");
        line("- Date: " + env.date());
        line("- Command: `" + r.command() + "`");
        line("- Repository measured: " + cell(env.commit()));
        line("- Cores (`nproc`): " + env.cores() + "; CPU: " + env.cpu() + "; memory: " + env.memory());
        line("- JVM (runs every tool, default flags): " + env.jvm());
        line("- OS: " + env.os());
        line("- Load average (1, 5, 15 min) at start: " + env.loadAverage() + "; at end: " + r.loadAverageAtEnd()
                + ". Other work on the machine slows both tools alike, as runs alternate, but adds noise.");
        line("- Peak memory: " + r.memoryMethod() + ", of the whole process");
        line("");
        line("![Generation and scaling charts](" + chartName + ")");
        line("");
        targets(r);
        generation(r);
        scaling(r);
        incremental(r);
        reading(r);
    }

    private void targets(Results r) {
        line("## Targets");
        line("");
        line("| target | measured | status |");
        line("| --- | --- | --- |");
        for (TargetCheck.Verdict v : TargetCheck.judge(r)) {
            line("| " + v.target() + " | " + cell(v.measured()) + " | " + v.status() + " |");
        }
        line("");
    }

    private void generation(Results r) {
        line("## Generation, whole process");
        line("");
        if (r.generation().isEmpty()) {
            line("Not run.");
            line("");
            return;
        }
        line("Each tool runs as its own `java -jar` process into a fresh directory; the tools alternate run by run."
                + " Files and lines are those of the last run; \"compiles\" is `javac` over its main sources"
                + " (OpenAPI Generator's against the dependencies its generated pom declares).");
        line("");
        line("| spec | tool | runs | wall time | CPU time | peak memory | files | Java files | Java lines | compiles |");
        line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (GenerationBenchmark.SpecResult spec : r.generation()) {
            for (GenerationBenchmark.ToolResult t : spec.tools()) {
                line(String.format("| %s | %s | %d%s | %.2f s | %.2f s | %.0f MB | %,d | %,d | %,d | %s |", spec.spec(),
                        t.tool(), t.runs().size(), t.allSucceeded() ? "" : " (some failed)", t.medianMillis() / 1000,
                        t.medianCpuMillis() / 1000, t.medianPeakMb(), t.size().files(), t.size().javaFiles(),
                        t.size().javaLines(), t.compile().summary()));
            }
        }
        line("");
        line("| spec | OpenAPI Generator / ours: wall time | CPU time | peak memory |");
        line("| --- | ---: | ---: | ---: |");
        for (GenerationBenchmark.SpecResult spec : r.generation()) {
            GenerationBenchmark.ToolResult ours = spec.tools().get(0);
            GenerationBenchmark.ToolResult theirs = spec.tools().get(1);
            line(String.format("| %s | %.1fx | %.1fx | %.1fx |", spec.spec(), theirs.medianMillis() / ours.medianMillis(),
                    theirs.medianCpuMillis() / ours.medianCpuMillis(), theirs.medianPeakMb() / ours.medianPeakMb()));
        }
        line("");
        line("Every run's figures (wall ms / CPU ms / MB), in order:");
        line("");
        for (GenerationBenchmark.SpecResult spec : r.generation()) {
            for (GenerationBenchmark.ToolResult t : spec.tools()) {
                line("- " + spec.spec() + ", " + t.tool() + ": " + runs(t.runs()));
            }
        }
        line("");
    }

    private void scaling(Results r) {
        line("## Scaling (our generator)");
        line("");
        if (r.scaling().isEmpty()) {
            line("Not run.");
            line("");
            return;
        }
        line("Synthetic specs written by `SyntheticSpecs`: `wide-N` has N object schemas (8 properties each, one a"
                + " reference to another schema) and N operations; `chain-2000` has 2,000 schemas each referring to"
                + " the next. \"Marginal\" is the extra CPU time per extra schema since the previous size, which leaves"
                + " out JVM start-up and, unlike wall time, other work on the machine.");
        line("");
        line("| spec | schemas | runs | wall time | wall per schema | CPU time | marginal CPU per schema | peak memory"
                + " | Java files |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        ScalingBenchmark.Point previous = null;
        for (ScalingBenchmark.Point p : r.scaling()) {
            String marginal = previous == null || p.chain() ? "" : String.format("%.2f ms",
                    Scaling.marginalMillisPerSchema(previous, p, ScalingBenchmark.Point::medianCpuMillis));
            line(String.format("| %s | %,d | %d%s | %.2f s | %.2f ms | %.2f s | %s | %.0f MB | %,d |", p.label(),
                    p.schemas(), p.runs().size(), p.allSucceeded() ? "" : " (some failed)", p.medianMillis() / 1000,
                    p.millisPerSchema(), p.medianCpuMillis() / 1000, marginal, p.medianPeakMb(), p.javaFiles()));
            previous = p.chain() ? previous : p;
        }
        line("");
    }

    private void incremental(Results r) {
        line("## Incremental: unchanged Maven build");
        line("");
        IncrementalBenchmark.Result inc = r.incremental();
        if (inc == null) {
            line("Not run.");
        } else if (!inc.measured()) {
            line(inc.note() + ".");
        } else {
            line("A one-goal Maven project runs `oasis-maven-plugin:generate` on `spec/incidents.yaml`, once to"
                    + " generate and then unchanged. The goal's time is read from Maven's log timestamps, from the"
                    + " goal's header to the separator after it: it includes loading the plugin, not Maven's"
                    + " start-up.");
            line("");
            line(String.format("Goal time including plugin loading, median of %d unchanged builds: **%.0f ms** (each:"
                    + " %s). Whole `mvn` wall time, median: %.0f ms. %s.", inc.goalMillis().size(),
                    Stats.median(inc.goalMillis()), millis(inc.goalMillis()), Stats.median(inc.mavenMillis()),
                    inc.note()));
            if (!inc.selfReportedMillis().isEmpty()) {
                line("");
                line(String.format("The goal's own figure, median: **%.0f ms** (each: %s).",
                        Stats.median(inc.selfReportedMillis()), millis(inc.selfReportedMillis())));
            }
        }
        line("");
    }

    private void reading(Results r) {
        line("## Client reading (JMH)");
        line("");
        if (r.reading() == null) {
            line("Not run.");
            line("");
            return;
        }
        line("Reading each endpoint's 200 example body from bytes into models, reads per second (higher is"
                + " better), " + r.readingSettings().describe() + ". Datadog's client is"
                + " `com.datadoghq:datadog-api-client:2.27.0` with its own ObjectMapper; it has no model for the"
                + " notification template endpoint. All readers share Jackson 2.18.2. The integration body's"
                + " `status` is set to the int32 the spec declares (the published `\"integer\"` makes Datadog's"
                + " client throw; see below). The floor is a Jackson `nextToken()` loop that builds nothing.");
        line("");
        line("| endpoint | Oasis | Datadog client | streaming floor | Oasis / Datadog | floor / Oasis |");
        line("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (String endpoint : BenchmarkMain.ENDPOINTS) {
            Optional<ReadingRun.Score> ours = r.reading().find("oasis", endpoint);
            Optional<ReadingRun.Score> datadog = r.reading().find("datadog", endpoint);
            Optional<ReadingRun.Score> floor = r.reading().find("streaming", endpoint);
            line("| " + endpoint + " | " + score(ours) + " | " + score(datadog) + " | " + score(floor) + " | "
                    + ratio(ours, datadog) + " | " + ratio(floor, ours) + " |");
        }
        line("");
        if (!r.publishedBodies().isEmpty()) {
            line("Reading the bodies exactly as published:");
            line("");
            line("| reader | endpoint | outcome |");
            line("| --- | --- | --- |");
            for (PublishedBodies.Check c : r.publishedBodies()) {
                line("| " + c.reader() + " | " + c.endpoint() + " | " + cell(c.outcome()) + " |");
            }
            line("");
        }
    }

    private static String runs(List<Measurement> runs) {
        return String.join(", ", runs.stream().map(m -> String.format("%.0f / %.0f / %.0f%s", m.wallMillis(),
                m.cpuMillis(), m.peakRssMb(), m.succeeded() ? "" : " (exit " + m.exitCode() + ")")).toList());
    }

    private static String millis(List<Double> values) {
        return String.join(", ", values.stream().map(ms -> String.format("%.0f ms", ms)).toList());
    }

    private static String score(Optional<ReadingRun.Score> s) {
        return s.map(x -> Double.isFinite(x.error())
                ? String.format("%,.0f ± %,.0f", x.opsPerSecond(), x.error())
                : String.format("%,.0f", x.opsPerSecond())).orElse("n/a");
    }

    private static String ratio(Optional<ReadingRun.Score> a, Optional<ReadingRun.Score> b) {
        return a.isPresent() && b.isPresent()
                ? String.format("%.2fx", a.get().opsPerSecond() / b.get().opsPerSecond()) : "n/a";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private void line(String text) {
        md.append(text).append('\n');
    }
}
