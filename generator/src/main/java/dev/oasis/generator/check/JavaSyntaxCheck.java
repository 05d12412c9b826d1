package dev.oasis.generator.check;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.render.RenderedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses every rendered Java file before anything is written, so a template that renders broken
 * Java fails generation with the template, the file and the line.
 *
 * <p>The files are parsed in batches, in parallel, by the JDK's compiler where the runtime has one
 * and by JavaParser otherwise ({@link SyntaxChecker#best()}).
 */
public final class JavaSyntaxCheck {

    /** Files per parser call: large enough that a call's set-up is noise, small enough to use every core. */
    private static final int BATCH = 50;

    private JavaSyntaxCheck() {
    }

    /** Reports one error per file that does not parse, in the order of {@code files}. */
    public static void check(List<RenderedFile> files, Diagnostics diagnostics) {
        check(files, diagnostics, Holder.BEST);
    }

    static void check(List<RenderedFile> files, Diagnostics diagnostics, SyntaxChecker checker) {
        List<RenderedFile> java = files.stream().filter(file -> file.relativePath().endsWith(".java")).toList();
        List<List<RenderedFile>> batches = new ArrayList<>();
        for (int start = 0; start < java.size(); start += BATCH) {
            batches.add(java.subList(start, Math.min(java.size(), start + BATCH)));
        }
        List<List<Optional<SyntaxError>>> errors = batches.parallelStream().map(checker::firstErrors).toList();
        for (int b = 0; b < batches.size(); b++) {
            for (int i = 0; i < batches.get(b).size(); i++) {
                RenderedFile file = batches.get(b).get(i);
                errors.get(b).get(i).ifPresent(error -> diagnostics.report(diagnostic(file, error)));
            }
        }
    }

    private static Diagnostic diagnostic(RenderedFile file, SyntaxError error) {
        return Diagnostic.error("template.invalid-java",
                new SourceLocation(Path.of(file.relativePath()), error.line(), error.column()), "",
                "template '" + file.template() + "' rendered Java that does not parse: " + error.message(),
                "fix the template '" + file.template() + "'; the generated line is shown above");
    }

    /** The checker of this runtime, found once. */
    private static final class Holder {
        static final SyntaxChecker BEST = SyntaxChecker.best();
    }
}
