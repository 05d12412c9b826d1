package dev.oasis.generator.check;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.render.RenderedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses every rendered Java file with JavaParser before anything is written, so a template that
 * renders broken Java fails generation with the template, the file and the line.
 *
 * <p>This is a syntax check, so the parser is configured for speed: no language-level validation
 * pass, no token list, no comment attribution. Files are parsed in parallel, one parser per thread.
 * A file that fails is parsed once more with tokens kept, which is what locates the problem.
 */
public final class JavaSyntaxCheck {

    private static final ThreadLocal<JavaParser> PARSERS = ThreadLocal.withInitial(() -> parser(false));

    private JavaSyntaxCheck() {
    }

    /** Reports one error per file that does not parse, in the order of {@code files}. */
    public static void check(List<RenderedFile> files, Diagnostics diagnostics) {
        files.parallelStream()
                .filter(file -> file.relativePath().endsWith(".java"))
                .map(JavaSyntaxCheck::problemIn)
                .flatMap(Optional::stream)
                .toList()
                .forEach(diagnostics::report);
    }

    private static JavaParser parser(boolean storeTokens) {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setStoreTokens(storeTokens)
                .setAttributeComments(false)
                .setDetectOriginalLineSeparator(false));
    }

    private static Optional<Diagnostic> problemIn(RenderedFile file) {
        if (PARSERS.get().parse(file.content()).isSuccessful()) {
            return Optional.empty();
        }
        ParseResult<CompilationUnit> located = parser(true).parse(file.content());
        Problem problem = located.getProblems().get(0);
        int line = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(0);
        int column = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.column).orElse(0);
        return Optional.of(Diagnostic.error("template.invalid-java",
                new SourceLocation(Path.of(file.relativePath()), line, column), "",
                "template '" + file.template() + "' rendered Java that does not parse: " + firstLine(problem.getMessage()),
                "fix the template '" + file.template() + "'; the generated line is shown above"));
    }

    private static String firstLine(String message) {
        String text = Objects.requireNonNullElse(message, "syntax error");
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
