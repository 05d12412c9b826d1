package dev.oasis.benchmarks;

import java.io.IOException;
import java.util.Optional;

/**
 * When, on what and by which command one section's figures were measured. A report can gather
 * sections measured by different runs ({@link SectionStore}); each keeps its own.
 *
 * @param section the section's name ({@link BenchmarkOptions#ALL_SECTIONS})
 * @param date when the section started, UTC
 * @param commit the measured repository's commit
 * @param command the command that ran it
 * @param loadAtStart the 1, 5 and 15 minute load averages when the section started
 * @param loadAtEnd the load averages when it ended
 * @param baseline the earlier build measured beside ours in this section, if any
 */
public record SectionRun(String section, String date, String commit, String command, String loadAtStart,
        String loadAtEnd, Optional<String> baseline) {

    /** A section starting now. */
    static SectionRun start(String section, Environment environment, String command, Optional<String> baseline)
            throws IOException {
        return new SectionRun(section, Environment.now(), environment.commit(), command,
                Environment.currentLoadAverage(), "", baseline);
    }

    /** This section, ended now. */
    SectionRun end() throws IOException {
        return new SectionRun(section, date, commit, command, loadAtStart, Environment.currentLoadAverage(), baseline);
    }
}
