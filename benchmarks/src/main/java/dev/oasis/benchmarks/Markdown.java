package dev.oasis.benchmarks;

import java.util.List;

/** The text of a Markdown report, built line by line. */
final class Markdown {

    private final StringBuilder text = new StringBuilder();

    /** Adds a line. */
    Markdown line(String line) {
        text.append(line).append('\n');
        return this;
    }

    /** Adds a table row of {@code cells}, escaped. */
    Markdown row(String... cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(' ').append(cell(cell)).append(" |");
        }
        return line(row.toString());
    }

    /** Text safe in a table cell. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** Every run of {@code runs}, as "wall / CPU / MB (load)". */
    static String runs(List<Measurement> runs) {
        return String.join(", ", runs.stream().map(Measurement::describe).toList());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
