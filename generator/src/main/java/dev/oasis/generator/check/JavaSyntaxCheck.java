package dev.oasis.generator.check;

import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.render.RenderedFile;
import java.util.List;

/**
 * Parses a list of rendered Java files before anything is written, so a template that renders
 * broken Java fails generation with the template, the file and the line; the list form of
 * {@link SyntaxCheckQueue}.
 */
public final class JavaSyntaxCheck {

    private JavaSyntaxCheck() {
    }

    /** Reports one error per file that does not parse, in the order of {@code files}. */
    public static void check(List<RenderedFile> files, Diagnostics diagnostics) {
        try (SyntaxCheckQueue queue = SyntaxCheckQueue.start()) {
            files.forEach(queue::submit);
            queue.finish(diagnostics);
        }
    }

    static void check(List<RenderedFile> files, Diagnostics diagnostics, SyntaxChecker checker) {
        try (SyntaxCheckQueue queue = SyntaxCheckQueue.start(checker, Runtime.getRuntime().availableProcessors())) {
            files.forEach(queue::submit);
            queue.finish(diagnostics);
        }
    }
}
