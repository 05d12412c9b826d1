package dev.oasis.benchmarks;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The report's part on the profiles: shares by stage, top frames, and the heap's growth. */
final class ProfileReport {

    private static final int TOP_FRAMES = 12;

    private ProfileReport() {
    }

    static void write(Results r, Markdown md) {
        md.line("## Profiles (Datadog v2, Java Flight Recorder)").line("");
        if (r.profiles().isEmpty()) {
            md.line("Not measured yet (`benchmarks/run.sh --sections profile`).").line("");
            return;
        }
        md.line("One generation per build under JFR (`ProfileBenchmark`); the recorder's overhead makes these shares,"
                + " not timings. The recorded JVM is the one that does the work, with the options it has when the tool"
                + " is started without any: a build whose CLI runs its work in a second JVM is profiled in one JVM"
                + " (`-Doasis.fork=false`) with that second JVM's options, listed per build. A sample's stage is the generator package of its outermost generator frame"
                + " (`spec` = loading, `build`, `refine` = naming, `render`, `check`, `write`, ...).").line("");
        for (ProfileBenchmark.ToolProfile p : r.profiles()) {
            Profile profile = p.profile();
            md.line("### " + p.tool() + " (" + p.run().describe() + ")").line("");
            md.line("JVM options besides the recorder's: " + (p.jvmOptions().isEmpty() ? "none (the defaults)"
                    : "`" + String.join(" ", p.jvmOptions()) + "`") + ".").line("");
            md.line("| stage | CPU samples | share | first..last sample (s) | sampled allocation | share |")
                    .line("| --- | ---: | ---: | --- | ---: | ---: |");
            long cpu = total(profile.cpuSamples());
            long bytes = total(profile.allocation());
            for (String stage : sorted(profile.cpuSamples())) {
                Profile.Span span = profile.stageSpans().get(stage);
                long allocated = profile.allocation().getOrDefault(stage, 0L);
                md.row(stage, Long.toString(profile.cpuSamples().get(stage)), percent(profile.cpuSamples().get(stage), cpu),
                        String.format("%.2f..%.2f", span.first(), span.last()), String.format("%,.0f MB", allocated / 1048576.0),
                        percent(allocated, bytes));
            }
            md.line("").line("Top frames by CPU samples: " + frames(profile.cpuFrames(), cpu) + ".").line("");
            md.line("Top frames by sampled allocation (" + String.format("%,.0f MB", bytes / 1048576.0) + " in all): "
                    + frames(profile.allocationFrames(), bytes) + ".").line("");
            md.line("Heap at each garbage collection (s: used before -> after, committed, MB): " + String.join(", ",
                    profile.collections().stream().map(gc -> String.format("%.1f: %.0f -> %.0f / %.0f", gc.seconds(),
                            gc.usedBeforeMb(), gc.usedAfterMb(), gc.committedMb())).toList()) + ".").line("");
        }
    }

    private static String frames(Map<String, Long> counts, long total) {
        return String.join(", ", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP_FRAMES)
                .map(e -> "`" + e.getKey() + "` " + percent(e.getValue(), total)).toList());
    }

    private static List<String> sorted(Map<String, Long> counts) {
        return counts.keySet().stream().sorted(Comparator.comparing(counts::get).reversed()).toList();
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String percent(long part, long total) {
        return total == 0 ? "" : String.format("%.1f%%", 100.0 * part / total);
    }
}
