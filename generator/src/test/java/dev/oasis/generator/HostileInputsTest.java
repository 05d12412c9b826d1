package dev.oasis.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile specs, each given to the command-line tool over the output of an earlier good run: each is
 * refused with exactly one located error and no stack trace, nothing outside the spec's folder is
 * read, and the earlier output is left exactly as it was. The timeout guards against a hang; it is
 * no measure of speed.
 */
@Timeout(120)
class HostileInputsTest {

    private static final String HEAD = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n";

    static Stream<Arguments> hostileSpecs() {
        StringBuilder bomb = new StringBuilder(HEAD + "paths: {}\nx-bomb:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (String level : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
            bomb.append("  ").append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = level;
        }
        String deep = "{type: object, properties: {a: ".repeat(5_000) + "{type: string}" + "}}".repeat(5_000);
        String schemas = HEAD + "paths: {}\ncomponents:\n  schemas:\n";
        return Stream.of(
                Arguments.of("empty", "", "spec.empty", "api.yaml: error:"),
                Arguments.of("binary", "\u0000\u0001PK\u0003\u0004", "spec.binary", "api.yaml:1:1: error:"),
                Arguments.of("syntax", HEAD + "paths:\n  /pets:\n    get: [unclosed\n", "spec.syntax", "api.yaml:5:19: error:"),
                Arguments.of("alias bomb", bomb.toString(), "spec.alias-bomb", "api.yaml:5:45: error:"),
                Arguments.of("5,000 levels deep", schemas + "    Deep: " + deep + "\n", "spec.too-deep", "api.yaml:6:15449: error:"),
                Arguments.of("remote reference", schemas + "    Pet: {$ref: 'http://127.0.0.1:9/pet.yaml'}\n", "ref.remote",
                        "api.yaml:6:17: error:"),
                Arguments.of("escaping reference", schemas + "    Pet: {$ref: '../../../../../../etc/passwd'}\n", "ref.outside",
                        "api.yaml:6:17: error:"),
                Arguments.of("reference outside the folder", schemas + "    Pet: {$ref: '../secret.yaml#/Pet'}\n", "ref.outside",
                        "api.yaml:6:17: error:"),
                Arguments.of("$ref cycle", schemas + "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n",
                        "ref.cycle", "api.yaml:6:15: error:"),
                Arguments.of("allOf cycle", schemas + "    A: {allOf: [{$ref: '#/components/schemas/B'}]}\n"
                        + "    B: {allOf: [{$ref: '#/components/schemas/A'}]}\n", "schema.allof-cycle", "api.yaml:7:17: error:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileSpecs")
    void isRefusedWithOneLocatedErrorLeavingTheEarlierOutputAsItWas(String name, String yaml, String id, String location,
            @TempDir Path root) throws IOException {
        Path folder = Files.createDirectories(root.resolve("spec"));
        Files.writeString(root.resolve("secret.yaml"), "Pet: {type: [unclosed\n");
        Path output = root.resolve("out");
        assertEquals(0, run(RepositoryFiles.incidentsSpec(), output).status(), "the earlier good run");
        Map<String, String> before = snapshot(output);
        Path spec = folder.resolve("api.yaml");
        Files.writeString(spec, yaml, StandardCharsets.UTF_8);

        Run run = run(spec, output);

        assertEquals(1, run.status());
        String errors = run.err().replace(folder + "/", "");
        assertTrue(errors.startsWith(location + " [" + id + "] "), errors);
        assertEquals(1, errors.lines().filter(line -> line.contains(": error: [")).count(), errors);
        assertTrue(errors.endsWith("1 error; nothing was written\n"), errors);
        assertFalse(errors.contains("Exception") || errors.contains("\tat "), errors);
        assertFalse(errors.contains("secret.yaml:"), "nothing outside the folder is read: " + errors);
        assertEquals(before, snapshot(output));
    }

    private record Run(int status, String err) {
    }

    private static Run run(Path spec, Path output) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--spec", spec.toString(), "--output", output.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    /** Every file under the folder with its content and modification time. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                FileTime modified = Files.getLastModifiedTime(file);
                files.put(folder.relativize(file).toString(), modified + " " + Files.readString(file));
            }
        }
        return files;
    }
}
