package dev.oasis.generator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.render.RenderedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file that does not parse is reported with its template, path, line and column, by either parser. */
class JavaSyntaxCheckTest {

    static Stream<SyntaxChecker> checkers() {
        return Stream.of(JavacSyntaxChecker.ofRuntime().orElseThrow(), new JavaParserSyntaxChecker());
    }

    @ParameterizedTest
    @MethodSource("checkers")
    void aBrokenFileIsReportedWithTemplateFileLineAndColumn(SyntaxChecker checker) {
        List<Diagnostic> errors = check(checker, List.of(
                valid("p/A.java", "A"),
                new RenderedFile("p/B.java", "package p;\n\npublic final class B {\n    int broken(;\n}\n", "model.mustache"),
                valid("p/C.java", "C")));

        assertEquals(1, errors.size(), errors.toString());
        Diagnostic error = errors.get(0);
        assertEquals("template.invalid-java", error.id());
        assertEquals("p/B.java", error.location().file().toString());
        assertEquals(4, error.location().line());
        assertTrue(error.message().startsWith("template 'model.mustache' rendered Java that does not parse: "),
                error.message());
    }

    @Test
    void theCompilerPointsAtTheOffendingToken() {
        List<Diagnostic> errors = check(JavacSyntaxChecker.ofRuntime().orElseThrow(), List.of(
                new RenderedFile("p/B.java", "package p;\n\nclass B {\n\tint broken(;\n}\n", "model.mustache")));

        assertEquals("p/B.java:4:13", errors.get(0).location().toString());
        assertEquals("template 'model.mustache' rendered Java that does not parse: illegal start of type",
                errors.get(0).message());
    }

    @Test
    void theCompilerGivesTheLineOfTheEscapeItself() {
        List<Diagnostic> errors = check(JavacSyntaxChecker.ofRuntime().orElseThrow(), List.of(
                new RenderedFile("p/A.java", "package p;\nclass A {\n    // note \\u000a int broken(;\n}\n", "t")));

        assertEquals(3, errors.get(0).location().line());
    }

    @ParameterizedTest
    @MethodSource("checkers")
    void everyBrokenFileIsReportedHoweverManyErrorsComeBeforeIt(SyntaxChecker checker) {
        List<RenderedFile> files = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            String body = i % 2 == 0 ? "int a(; int b(; int c(; int d(;" : "";
            files.add(new RenderedFile("p/F" + i + ".java", "package p;\nclass F" + i + " {\n" + body + "\n}\n", "t"));
        }

        List<Optional<SyntaxError>> errors = checker.firstErrors(files);

        assertEquals(130, errors.size());
        for (int i = 0; i < 130; i++) {
            assertEquals(i % 2 == 0, errors.get(i).isPresent(), "F" + i);
            errors.get(i).ifPresent(error -> assertEquals(3, error.line()));
        }
    }

    @Test
    void errorsAreReportedInTheOrderOfTheFilesAcrossBatches() {
        List<RenderedFile> files = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String name = "F%03d".formatted(i);
            String body = i % 7 == 0 ? "int a(;" : "";
            files.add(new RenderedFile("p/" + name + ".java", "package p;\nclass " + name + " {\n" + body + "\n}\n", "t"));
        }

        List<Diagnostic> errors = check(SyntaxChecker.best(), files);

        assertEquals(18, errors.size());
        for (int i = 0; i < 18; i++) {
            assertEquals("p/F%03d.java".formatted(7 * i), errors.get(i).location().file().toString());
        }
    }

    @ParameterizedTest
    @MethodSource("checkers")
    void aUnicodeEscapeCannotHideCodeInAComment(SyntaxChecker checker) {
        String source = "package p;\nclass A {\n    // note \\u000a int broken(;\n}\n";

        List<Diagnostic> errors = check(checker, List.of(new RenderedFile("p/A.java", source, "t")));

        assertEquals(1, errors.size(), errors.toString());
        assertEquals("p/A.java", errors.get(0).location().file().toString());
    }

    @ParameterizedTest
    @MethodSource("checkers")
    void onlyJavaFilesAreParsed(SyntaxChecker checker) {
        List<Diagnostic> errors = check(checker, List.of(
                new RenderedFile("README.md", "not (java", "readme.mustache"), valid("p/A.java", "A")));

        assertEquals(List.of(), errors);
    }

    @Test
    void aJdkRuntimeChecksWithTheCompiler() {
        assertInstanceOf(JavacSyntaxChecker.class, SyntaxChecker.best());
    }

    @Test
    void positionsCountLinesAsJavaDoesAndTabsAsOneColumn() {
        String source = "a\r\nb\rc\n\td";

        assertEquals(new SyntaxError(4, 2, "m"), SyntaxError.at(source, source.indexOf('d'), "m\nmore"));
        assertEquals(new SyntaxError(2, 1, "m"), SyntaxError.at(source, source.indexOf('b'), "m"));
        assertEquals(new SyntaxError(0, 0, "syntax error"), SyntaxError.at(source, -1, null));
    }

    private static RenderedFile valid(String path, String name) {
        return new RenderedFile(path, "package p;\n\n/** A type. */\npublic final class " + name + " {\n}\n", "model.mustache");
    }

    private static List<Diagnostic> check(SyntaxChecker checker, List<RenderedFile> files) {
        Diagnostics diagnostics = new Diagnostics();
        JavaSyntaxCheck.check(files, diagnostics, checker);
        return diagnostics.all();
    }
}
