package dev.oasis.generator.check;

import dev.oasis.generator.render.RenderedFile;
import java.util.List;
import java.util.Optional;

/** Parses Java sources and finds the first syntax error of each. Implementations are thread-safe. */
interface SyntaxChecker {

    /**
     * The first syntax error of each file, in the order of {@code files}.
     *
     * @return a list as long as {@code files}: empty where the file parses
     */
    List<Optional<SyntaxError>> firstErrors(List<RenderedFile> files);

    /** The JDK's own compiler when this runtime has one (any JDK does), and JavaParser otherwise. */
    static SyntaxChecker best() {
        return JavacSyntaxChecker.ofRuntime().orElseGet(JavaParserSyntaxChecker::new);
    }
}
