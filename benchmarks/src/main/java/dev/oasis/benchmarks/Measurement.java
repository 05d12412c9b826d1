package dev.oasis.benchmarks;

/**
 * One finished child process and its descendants: how long it ran, the CPU time they used, the most
 * memory they held together, and how it ended. CPU time is the steadier figure on a busy machine, where wall time also
 * counts the time the process waited for a core.
 *
 * @param wallMillis wall-clock time from start to exit, in milliseconds
 * @param cpuMillis user plus system CPU time of the process and its descendants, in milliseconds
 * @param peakRssKb peak of the summed resident set size of the process and its descendants, in kibibytes
 * @param processes the most processes of the tree seen alive at once (2 for a tool that runs a second JVM)
 * @param exitCode the process's exit status
 * @param loadAverage the machine's 1-minute load average when the process started, or -1 when unknown
 */
public record Measurement(double wallMillis, double cpuMillis, long peakRssKb, int processes, int exitCode,
        double loadAverage) {

    /** Whether the process exited with status 0. */
    public boolean succeeded() {
        return exitCode == 0;
    }

    /** "wall / CPU / MB (load L)", as the reports list every run; "MB in N processes" when there were several. */
    public String describe() {
        return String.format("%.0f / %.0f / %.0f%s%s%s", wallMillis, cpuMillis, peakRssMb(),
                processes > 1 ? " in " + processes + " processes" : "",
                loadAverage < 0 ? "" : String.format(" (load %.1f)", loadAverage), succeeded() ? "" : " (exit " + exitCode + ")");
    }

    /** The peak resident set size in mebibytes. */
    public double peakRssMb() {
        return peakRssKb / 1024.0;
    }
}
