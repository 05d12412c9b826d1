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

/**
 * Parses every rendered Java file with JavaParser before anything is written, so a template that
 * renders broken Java fails generation with the template, the file and the line.
 */
public final class JavaSyntaxCheck {

    private JavaSyntaxCheck() {
    }

    /** Reports one error per file that does not parse. */
    public static void check(List<RenderedFile> files, Diagnostics diagnostics) {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        JavaParser parser = new JavaParser(configuration);
        for (RenderedFile file : files) {
            if (!file.relativePath().endsWith(".java")) {
                continue;
            }
            ParseResult<CompilationUnit> result = parser.parse(file.content());
            if (!result.isSuccessful()) {
                Problem problem = result.getProblems().get(0);
                int line = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(0);
                int column = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.column).orElse(0);
                diagnostics.report(Diagnostic.error("template.invalid-java",
                        new SourceLocation(Path.of(file.relativePath()), line, column), "",
                        "template '" + file.template() + "' rendered Java that does not parse: "
                                + firstLine(problem.getMessage()),
                        "fix the template '" + file.template() + "'; the generated line is shown above"));
            }
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
