package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The resident memory of a process tree while it runs: every {@value #SAMPLE_MILLIS} ms the
 * {@code VmRSS} of each process in the tree (from {@code /proc/PID/status}) is summed, and the
 * largest sum is the tree's peak. A tool that runs its work in a second JVM, or Maven, is measured
 * with every process it holds alive at once, as the machine sees it (GNU time's maximum resident
 * set size is only that of the largest single process).
 *
 * <p>The tree's processes are looked up again every {@value #RESCAN_EVERY} samples, since
 * {@link ProcessHandle#descendants()} scans all of {@code /proc}. A sample can miss a short burst
 * between two samples, so the peak is never reported below the largest single process's
 * {@code VmHWM}, the high-water mark the kernel keeps exactly.
 */
final class TreeMemory {

    /** How often the tree's resident memory is sampled. */
    static final long SAMPLE_MILLIS = 10;

    /** Samples between two look-ups of the tree's processes. */
    static final int RESCAN_EVERY = 10;

    private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

    private final ProcessHandle root;
    private final boolean rootIsWrapper;
    private final Map<Long, Long> highWaterKb = new HashMap<>();
    private final Map<Long, Long> cpuNanos = new HashMap<>();
    private List<ProcessHandle> tree = List.of();
    private long peakSumKb;
    private int mostProcesses;
    private int samples;

    /**
     * A sampler of the tree under {@code root}. With {@code rootIsWrapper} the root is a measuring
     * wrapper such as GNU time, not the tool: its memory is left out, and so is the CPU time, which
     * the wrapper reports; otherwise every process's CPU time is sampled too.
     */
    TreeMemory(ProcessHandle root, boolean rootIsWrapper) {
        this.root = root;
        this.rootIsWrapper = rootIsWrapper;
    }

    /** Samples until {@code process} exits, then returns its exit status. */
    int sampleUntilExit(Process process) throws InterruptedException {
        while (process.isAlive()) {
            sample();
            Thread.sleep(SAMPLE_MILLIS);
        }
        return process.waitFor();
    }

    /** Takes one sample of the tree's resident memory. */
    void sample() {
        if (samples++ % RESCAN_EVERY == 0 || tree.isEmpty()) {
            tree = rootIsWrapper ? root.descendants().toList()
                    : Stream.concat(Stream.of(root), root.descendants()).toList();
        }
        long sumKb = 0;
        int alive = 0;
        for (ProcessHandle process : tree) {
            String status;
            try {
                status = Files.readString(Path.of("/proc", Long.toString(process.pid()), "status"));
            } catch (IOException exited) {
                continue;
            }
            long rss = field(VM_RSS, status);
            if (rss > 0) {
                alive++;
                sumKb += rss;
                highWaterKb.merge(process.pid(), field(VM_HWM, status), Math::max);
                if (!rootIsWrapper) {
                    process.info().totalCpuDuration().ifPresent(d -> cpuNanos.put(process.pid(), d.toNanos()));
                }
            }
        }
        peakSumKb = Math.max(peakSumKb, sumKb);
        mostProcesses = Math.max(mostProcesses, alive);
    }

    /** The peak of the summed resident memory, at least the largest single process's high-water mark, in KiB. */
    long peakKb() {
        return Math.max(peakSumKb, highWaterKb.values().stream().mapToLong(Long::longValue).max().orElse(0));
    }

    /** The most processes with resident memory seen in one sample (two for a tool that runs a second JVM). */
    int mostProcesses() {
        return mostProcesses;
    }

    /** The CPU time of every process seen, as last sampled (it misses the last moments before each exit). */
    double cpuMillisLastSeen() {
        return cpuNanos.values().stream().mapToLong(Long::longValue).sum() / 1e6;
    }

    private static long field(Pattern pattern, String status) {
        Matcher m = pattern.matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
