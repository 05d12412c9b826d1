package dev.oasis.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;

/**
 * The machine and JVM a run happened on, for the report.
 *
 * @param date when the run started, UTC
 * @param cores the core count {@code nproc} reports
 * @param cpu the CPU model, or "unknown"
 * @param memory the machine's total memory, or "unknown"
 * @param jvm the JVM's vendor and version (the same {@code java} runs every tool)
 * @param os the operating system's name and version
 * @param loadAverage the 1, 5 and 15 minute load averages when the run started, or "unknown";
 *     other work on the machine shows here
 * @param commit the measured repository's commit, with "+ uncommitted changes" if it has any
 */
public record Environment(String date, String cores, String cpu, String memory, String jvm, String os,
        String loadAverage, String commit) {

    /** Appended to a commit when the checkout has changes that are not committed. */
    static final String UNCOMMITTED = " + uncommitted changes";

    /** Describes the machine this JVM runs on and the commit of {@code repo}. */
    public static Environment describe(Path repo) throws IOException, InterruptedException {
        return new Environment(
                now(),
                nproc(),
                procField("/proc/cpuinfo", "model name").orElse("unknown"),
                procField("/proc/meminfo", "MemTotal").map(Environment::kbToGb).orElse("unknown"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                currentLoadAverage(),
                commit(repo));
    }

    /** The current time, UTC, to the minute. */
    static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }

    private static String nproc() throws IOException, InterruptedException {
        return output(Path.of("."), "nproc").orElse(Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    private static String commit(Path repo) throws IOException, InterruptedException {
        Optional<String> head = output(repo, "git", "log", "-1", "--format=%h %s");
        if (head.isEmpty()) {
            return "unknown";
        }
        boolean dirty = output(repo, "git", "status", "--porcelain").map(s -> !s.isEmpty()).orElse(false);
        return head.get() + (dirty ? UNCOMMITTED : "");
    }

    private static Optional<String> output(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        return p.waitFor() == 0 ? Optional.of(out) : Optional.empty();
    }

    /** The first three fields of {@code /proc/loadavg}, or "unknown". */
    public static String currentLoadAverage() throws IOException {
        Path path = Path.of("/proc/loadavg");
        if (!Files.isReadable(path)) {
            return "unknown";
        }
        String[] fields = Files.readString(path).trim().split("\\s+");
        return String.join(" ", Arrays.asList(fields).subList(0, 3));
    }

    /** The 1-minute load average, or -1 when the machine does not say. */
    public static double oneMinuteLoad() throws IOException {
        String all = currentLoadAverage();
        return all.equals("unknown") ? -1 : Double.parseDouble(all.split(" ")[0]);
    }

    private static Optional<String> procField(String file, String key) throws IOException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            return Optional.empty();
        }
        return Files.readAllLines(path).stream()
                .filter(line -> line.startsWith(key))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst();
    }

    private static String kbToGb(String meminfoValue) {
        long kb = Long.parseLong(meminfoValue.replace("kB", "").trim());
        return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
    }
}
