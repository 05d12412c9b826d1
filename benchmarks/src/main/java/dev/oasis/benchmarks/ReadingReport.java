package dev.oasis.benchmarks;

import java.util.List;
import java.util.Optional;

/** The report's part on reading bodies with the generated client. */
final class ReadingReport {

    private ReadingReport() {
    }

    static void write(Results r, Markdown md) {
        md.line("## Client reading").line("");
        if (r.reading() == null) {
            md.line("Not measured yet (`benchmarks/run.sh --sections reading`).").line("");
            return;
        }
        md.line("Reading each endpoint's 200 example body from bytes into models. JMH: "
                + r.readingSettings().describe() + "; CPU time: " + r.readingSettings().describeCpu() + ". Datadog's client is `com.datadoghq:datadog-api-client:2.27.0` with"
                + " its own ObjectMapper; it has no model for the notification template endpoint. All readers share"
                + " Jackson 2.18.2. The integration body's `status` is set to the int32 the spec declares (the"
                + " published `\"integer\"` makes Datadog's client throw; see below). The floor is a Jackson"
                + " `nextToken()` loop that builds nothing. The `Large` bodies (`LargeBodies`) are built from the"
                + " published ones: " + LargeBodies.ITEMS + " todo assignees (alternately the two branches of their"
                + " oneOf), " + LargeBodies.ITEMS + " Slack channels inside the integration's metadata oneOf, and "
                + LargeBodies.ITEMS + " included items (users, or users and incident types alternately).").line("");
        cpu(r.reading().cpu(), r.readingSettings(), md);
        md.line("JMH throughput, reads per second (higher is better; wall-clock, so other load on the machine"
                + " moves it: secondary to the CPU times above):").line("");
        md.line("| body | Oasis | Datadog client | streaming floor | Oasis / Datadog | floor / Oasis |")
                .line("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (List<String> bodies : List.of(BenchmarkMain.ENDPOINTS, BenchmarkMain.LARGE_BODIES)) {
            for (String body : bodies) {
                Optional<ReadingRun.Score> ours = r.reading().find("oasis", body);
                Optional<ReadingRun.Score> datadog = r.reading().find("datadog", body);
                Optional<ReadingRun.Score> floor = r.reading().find("streaming", body);
                md.row(body, score(ours), score(datadog), score(floor), ratio(ours, datadog), ratio(floor, ours));
            }
        }
        md.line("");
        checks(md, "Reading the bodies exactly as published:", r.publishedBodies());
        checks(md, "Reading the larger bodies:", r.largeBodies());
    }

    /** The figures the verdicts use: thread CPU time and allocation per read, and the ratios of the targets. */
    private static void cpu(ReadingCpu.Figures cpu, ReadingRun.Settings settings, Markdown md) {
        md.line("Thread CPU time per read in microseconds and bytes allocated per read (`ThreadMXBean`, medians of "
                + settings.cpuBatches() + " batches; lower is better). The verdicts use these ratios:"
                + " Oasis / token pass at most 1.5x, Datadog / Oasis at least 2x.").line("");
        md.line("| body | Oasis | Datadog client | token pass | Oasis / token pass | Datadog / Oasis |")
                .line("| --- | ---: | ---: | ---: | ---: | ---: |");
        for (List<String> bodies : List.of(BenchmarkMain.ENDPOINTS, BenchmarkMain.LARGE_BODIES)) {
            for (String body : bodies) {
                Optional<ReadingCpu.Figure> ours = cpu.find("oasis", body);
                Optional<ReadingCpu.Figure> datadog = cpu.find("datadog", body);
                Optional<ReadingCpu.Figure> floor = cpu.find("streaming", body);
                md.row(body, perRead(ours), perRead(datadog), perRead(floor), cpuRatio(ours, floor), cpuRatio(datadog, ours));
            }
        }
        md.line("");
    }

    private static String perRead(Optional<ReadingCpu.Figure> f) {
        return f.map(x -> String.format("%,.1f µs (%,.1f KB)", x.cpuMicros(), x.allocatedBytes() / 1024)).orElse("n/a");
    }

    private static String cpuRatio(Optional<ReadingCpu.Figure> a, Optional<ReadingCpu.Figure> b) {
        return a.isPresent() && b.isPresent() ? String.format("%.2fx", a.get().cpuMicros() / b.get().cpuMicros()) : "n/a";
    }

    private static void checks(Markdown md, String title, List<PublishedBodies.Check> checks) {
        if (checks.isEmpty()) {
            return;
        }
        md.line(title).line("").line("| reader | body | outcome |").line("| --- | --- | --- |");
        for (PublishedBodies.Check c : checks) {
            md.row(c.reader(), c.endpoint(), c.outcome());
        }
        md.line("");
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
}
