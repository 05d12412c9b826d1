package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command as a child process and measures its wall time, CPU time and peak resident memory.
 *
 * <p>CPU time and peak memory come from GNU time ({@code /usr/bin/time -v}) when it is installed,
 * which reads the kernel's exact figures when the child exits. Without it, the meter polls the
 * child's {@code VmHWM} (the kernel's high-water mark) in {@code /proc} and its CPU time from
 * {@link ProcessHandle}, which can miss the last few milliseconds before exit.
 */
public final class ProcessMeter {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER_TIME = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SYSTEM_TIME = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");
    private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");
    private static final long POLL_MILLIS = 10;

    private final boolean useGnuTime;

    private ProcessMeter(boolean useGnuTime) {
        this.useGnuTime = useGnuTime;
    }

    /** A meter that uses GNU time if this machine has it, and polls {@code /proc} otherwise. */
    public static ProcessMeter detect() {
        return new ProcessMeter(Files.isExecutable(GNU_TIME) && gnuTimeAcceptsVerbose());
    }

    /** How peak memory is measured, for the report. */
    public String method() {
        return useGnuTime ? "GNU time (/usr/bin/time -v): maximum resident set size, user + system time"
                : "/proc/PID/status VmHWM and ProcessHandle CPU time, polled every " + POLL_MILLIS + " ms";
    }

    /**
     * Runs {@code command} in {@code workDir}, sending its output and errors to {@code log}.
     *
     * @return the measurement; a failed process is returned, not thrown, so callers can report it
     */
    public Measurement run(List<String> command, Path workDir, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Path timeReport = log.resolveSibling(log.getFileName() + ".time");
        List<String> full = new ArrayList<>();
        if (useGnuTime) {
            full.addAll(List.of(GNU_TIME.toString(), "-v", "-o", timeReport.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        double load = Environment.oneMinuteLoad();
        long start = System.nanoTime();
        Process process = builder.start();
        if (useGnuTime) {
            int exit = process.waitFor();
            double wallMillis = (System.nanoTime() - start) / 1e6;
            String report = Files.readString(timeReport);
            double cpuMillis = 1000 * (number(USER_TIME, report, timeReport) + number(SYSTEM_TIME, report, timeReport));
            return new Measurement(wallMillis, cpuMillis, (long) number(MAX_RSS, report, timeReport), exit, load);
        }
        return poll(process, start, load);
    }

    private static Measurement poll(Process process, long start, double load) throws InterruptedException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        double cpuMillis = 0;
        while (process.isAlive()) {
            try {
                Matcher m = VM_HWM.matcher(Files.readString(status));
                if (m.find()) {
                    peak = Math.max(peak, Long.parseLong(m.group(1)));
                }
            } catch (IOException exited) {
                break;
            }
            cpuMillis = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(cpuMillis);
            Thread.sleep(POLL_MILLIS);
        }
        int exit = process.waitFor();
        return new Measurement((System.nanoTime() - start) / 1e6, cpuMillis, peak, exit, load);
    }

    private static double number(Pattern field, String report, Path timeReport) throws IOException {
        Matcher m = field.matcher(report);
        if (!m.find()) {
            throw new IOException("no '" + field.pattern() + "' in " + timeReport);
        }
        return Double.parseDouble(m.group(1));
    }

    private static boolean gnuTimeAcceptsVerbose() {
        try {
            Process p = new ProcessBuilder(GNU_TIME.toString(), "-v", "true")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor() == 0 && MAX_RSS.matcher(out).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
