package dev.oasis.generator;

import dev.oasis.generator.incremental.FileStamp;
import dev.oasis.generator.incremental.OutputSource;

/**
 * One output file of a generation and what became of it, without its text.
 *
 * @param relativePath the path under the output directory, with {@code /} separators
 * @param outcome whether it was rendered, and how it compares with the file on disk
 * @param digest the SHA-256 of its content; null in a generation that keeps no build state
 * @param size its size in bytes
 * @param stamp the stamp of the file on disk, for files not written: they already hold this content (null in a
 *     generation that keeps no build state)
 * @param source what its content was made from; null in a generation that keeps no build state
 */
record ProducedFile(String relativePath, Outcome outcome, String digest, long size, FileStamp stamp, OutputSource source) {

    /** What became of an output file. */
    enum Outcome {
        /** Not rendered: it would come out as the file on disk, which the previous generation wrote. */
        KEPT,
        /** Rendered with the content the file on disk already has; not written. */
        SAME,
        /** Rendered and staged; no file is there yet. */
        NEW,
        /** Rendered and staged; the file on disk has other content. */
        CHANGED;

        /** True when the file is written. */
        boolean written() {
            return this == NEW || this == CHANGED;
        }
    }
}
