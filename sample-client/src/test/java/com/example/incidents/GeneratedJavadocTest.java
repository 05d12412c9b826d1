package com.example.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated sources pass the javadoc tool with doclint and {@code -Werror}, as a release build
 * of a team's client (with a javadoc jar) runs it: the rendered classes (models, APIs, ApiClient)
 * with every check, the runtime copied into the client with every check but missing tags.
 */
class GeneratedJavadocTest {

    @ParameterizedTest
    @ValueSource(strings = {"oasis", "oasis-fixture"})
    void theGeneratedSourcesPassJavadocWithDoclint(String folder) throws IOException {
        Path root = Path.of(System.getProperty("oasis.repository.root"), "sample-client/target/generated-sources", folder);
        List<Path> all = javaFiles(root);
        List<Path> rendered = all.stream().filter(GeneratedJavadocTest::isRendered).toList();
        List<Path> runtime = all.stream().filter(file -> !isRendered(file)).toList();

        assertEquals("", javadoc(root, rendered, "-Xdoclint:all", folder + "-rendered"));
        assertEquals("", javadoc(root, runtime, "-Xdoclint:all,-missing", folder + "-runtime"));
    }

    /** Models, API classes and ApiClient are rendered from templates; the rest is the copied runtime. */
    private static boolean isRendered(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.contains("/model/") || path.contains("/api/") || path.endsWith("/ApiClient.java");
    }

    private static String javadoc(Path root, List<Path> files, String doclint, String name) {
        DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
        List<String> arguments = new ArrayList<>(List.of("-quiet", doclint, "-Werror", "-Xmaxwarns", "10000",
                "-d", root.resolveSibling("javadoc-check-" + name).toString(),
                "-classpath", System.getProperty("java.class.path"), "-sourcepath", root.toString()));
        files.forEach(file -> arguments.add(file.toString()));
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(messages, true, StandardCharsets.UTF_8);
        int status = tool.run(null, stream, stream, arguments.toArray(String[]::new));
        String output = messages.toString(StandardCharsets.UTF_8).trim();
        return status == 0 ? output : "javadoc exited with " + status + ":\n" + output;
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
