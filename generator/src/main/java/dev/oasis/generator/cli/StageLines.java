package dev.oasis.generator.cli;

import dev.oasis.generator.Progress;
import java.io.PrintStream;
import java.util.Locale;

/** Shows each stage of a generation as it finishes, with the time since the start: {@code [1.2 s] render: 80 files}. */
final class StageLines implements Progress {

    private final PrintStream err;
    private final long start = System.nanoTime();

    StageLines(PrintStream err) {
        this.err = err;
    }

    @Override
    public void finished(Stage stage, String summary) {
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "[%.1f s] %s: %s%n", seconds, stage.name().toLowerCase(Locale.ROOT), summary);
    }
}
