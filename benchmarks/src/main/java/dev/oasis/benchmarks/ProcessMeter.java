package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command as a child process and measures its wall time, CPU time and peak resident memory,
 * each over the whole process tree: a tool that runs its work in a second JVM is measured with both.
 *
 * <p>Peak memory is the peak of the tree's summed resident memory ({@link TreeMemory}). CPU time
 * comes from GNU time ({@code /usr/bin/time -v}) when it is installed: the kernel's user and system
 * time of the child when it exits, which include those of every descendant it waited for (a JVM's
 * {@code Process.waitFor} does). Without it, the CPU time of each process of the tree is polled
 * from {@link ProcessHandle}, which can miss the last few milliseconds before each exit.
 *
 * <p>Every command runs with the JVM's defaults: the variables through which a JVM or Maven takes
 * options from the environment are removed from the child's ({@link #JVM_OPTION_VARIABLES}).
 */
public final class ProcessMeter {

    /** Environment variables that would give the measured JVMs options; never passed on. */
    static final List<String> JVM_OPTION_VARIABLES =
            List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "MAVEN_OPTS");

    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern USER_TIME = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
    private static final Pattern SYSTEM_TIME = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");

    private final boolean useGnuTime;

    private ProcessMeter(boolean useGnuTime) {
        this.useGnuTime = useGnuTime;
    }

    /** A meter that takes CPU time from GNU time if this machine has it, and polls it otherwise. */
    public static ProcessMeter detect() {
        return new ProcessMeter(Files.isExecutable(GNU_TIME) && gnuTimeAcceptsVerbose());
    }

    /** How peak memory and CPU time are measured, for the report. */
    public String method() {
        return "peak memory is the peak of the summed resident memory (`VmRSS` in `/proc/PID/status`) of the process"
                + " and all its descendants, sampled every " + TreeMemory.SAMPLE_MILLIS + " ms (never below the"
                + " largest single process's high-water mark `VmHWM`); CPU time is user + system of the whole tree, "
                + (useGnuTime ? "from GNU time (`/usr/bin/time -v`), which includes every descendant the process"
                        + " waited for" : "polled from `ProcessHandle` per process");
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
        builder.environment().keySet().removeAll(JVM_OPTION_VARIABLES);
        double load = Environment.oneMinuteLoad();
        long start = System.nanoTime();
        Process process = builder.start();
        TreeMemory memory = new TreeMemory(process.toHandle(), useGnuTime);
        int exit = memory.sampleUntilExit(process);
        double wallMillis = (System.nanoTime() - start) / 1e6;
        if (!useGnuTime) {
            return new Measurement(wallMillis, memory.cpuMillisLastSeen(), memory.peakKb(), memory.mostProcesses(),
                    exit, load);
        }
        String report = Files.readString(timeReport);
        double cpuMillis = 1000 * (number(USER_TIME, report, timeReport) + number(SYSTEM_TIME, report, timeReport));
        long peakKb = Math.max(memory.peakKb(), (long) number(MAX_RSS, report, timeReport));
        return new Measurement(wallMillis, cpuMillis, peakKb, memory.mostProcesses(), exit, load);
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
