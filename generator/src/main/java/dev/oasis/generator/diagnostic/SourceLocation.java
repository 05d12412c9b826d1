package dev.oasis.generator.diagnostic;

import java.nio.file.Path;

/**
 * A position in a source file, 1-based like editors show it.
 *
 * @param file the file, as the user named it (relative paths stay relative)
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 */
public record SourceLocation(Path file, int line, int column) {

    /** A location that names only the file. */
    public static SourceLocation ofFile(Path file) {
        return new SourceLocation(file, 0, 0);
    }

    /** Formats as {@code file:line:column}, leaving out what is unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return String.valueOf(file);
        }
        return file + ":" + line + ":" + column;
    }
}
