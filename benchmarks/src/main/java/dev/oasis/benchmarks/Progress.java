package dev.oasis.benchmarks;

/** Progress lines on standard error, so a long run shows where it is. */
public final class Progress {

    private Progress() {
    }

    /** Prints one formatted progress line. */
    public static void say(String format, Object... args) {
        System.err.printf("[bench] " + format + "%n", args);
    }
}
