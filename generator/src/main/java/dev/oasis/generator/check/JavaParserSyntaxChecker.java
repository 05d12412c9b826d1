package dev.oasis.generator.check;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import dev.oasis.generator.render.RenderedFile;
import java.util.List;
import java.util.Optional;

/**
 * Finds syntax errors with JavaParser, for runtimes without the JDK's compiler (a JRE).
 *
 * <p>Configured for speed: no language-level validation, no token list, no comment attribution.
 * A file that fails is parsed once more with tokens kept, which is what locates the problem.
 * Unicode escapes are translated first, as the compiler does, so an escape cannot hide code.
 */
final class JavaParserSyntaxChecker implements SyntaxChecker {

    private static final ThreadLocal<JavaParser> LEAN = ThreadLocal.withInitial(() -> parser(false));

    @Override
    public List<Optional<SyntaxError>> firstErrors(List<RenderedFile> files) {
        return files.stream().map(file -> firstError(file.content())).toList();
    }

    private static Optional<SyntaxError> firstError(String source) {
        if (LEAN.get().parse(source).isSuccessful()) {
            return Optional.empty();
        }
        Problem problem = parser(true).parse(source).getProblems().get(0);
        int line = problem.getLocation().flatMap(TokenRange::toRange).map(range -> range.begin.line).orElse(0);
        int column = problem.getLocation().flatMap(TokenRange::toRange).map(range -> range.begin.column).orElse(0);
        return Optional.of(new SyntaxError(line, column, SyntaxError.firstLine(problem.getMessage())));
    }

    private static JavaParser parser(boolean storeTokens) {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                .setPreprocessUnicodeEscapes(true)
                .setStoreTokens(storeTokens)
                .setAttributeComments(false)
                .setDetectOriginalLineSeparator(false));
    }
}
