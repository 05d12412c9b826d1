package dev.oasis.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.RepositoryFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool: what it prints, what it writes, and how it fails. */
class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheClientAndListsTheFiles(@TempDir Path output) {
        int status = run("--spec", RepositoryFiles.incidentsSpec().toString(), "--output", output.toString(),
                "--package", "com.example.incidents");

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(output.resolve("com/example/incidents/api/IncidentsApi.java")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + output.resolve("com/example/incidents/ApiClient.java")));
    }

    @Test
    void missingReferenceTargetNamesFileLineColumnAndPointerAndWritesNothing(@TempDir Path dir) throws IOException {
        Path spec = write(dir, "broken.yaml", """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths: {}
                components:
                  schemas:
                    Todo:
                      type: object
                      properties:
                        owner:
                          $ref: '#/components/schemas/Usr'
                """);
        Path output = dir.resolve("out");

        int status = run("--spec", spec.toString(), "--output", output.toString());

        assertEquals(1, status);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains(spec + ":10:17: error: [ref.missing] $ref target '#/components/schemas/Usr' does not exist"
                + " (at #/components/schemas/Todo/properties/owner/$ref)"), message);
        assertTrue(message.contains("hint: define 'Usr' under components.schemas"), message);
        assertFalse(Files.exists(output));
    }

    @Test
    void yamlSyntaxErrorNamesFileLineColumnAndPointerAndWritesNothing(@TempDir Path dir) throws IOException {
        Path spec = write(dir, "broken.yaml", """
                openapi: 3.0.3
                info:
                  title: T
                  version: "1"
                paths:
                  /todos:
                    get: [unclosed
                """);
        Path output = dir.resolve("out");

        int status = run("--spec", spec.toString(), "--output", output.toString());

        assertEquals(1, status);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith(spec + ":"), message);
        assertTrue(message.contains("error: [spec.syntax] not valid YAML"), message);
        assertTrue(message.contains("(at #/paths/~1todos/get)"), message);
        assertFalse(Files.exists(output));
    }

    @Test
    void missingSpecFileIsReportedWithoutAStackTrace(@TempDir Path dir) {
        int status = run("--spec", dir.resolve("nope.yaml").toString(), "--output", dir.resolve("out").toString());

        assertEquals(1, status);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("nope.yaml: error: [spec.not-found] spec file not found"), message);
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void unknownOptionPrintsUsage() {
        int status = run("--spec", "a.yaml", "--output", "out", "--colour", "blue");

        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --colour"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: java -jar generator-cli.jar"));
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theOperationFilterAndReadModeOptionsReachTheGenerator(@TempDir Path output) throws IOException {
        int status = run("--spec", RepositoryFiles.incidentsSpec().toString(), "--output", output.toString(),
                "--package", "com.example", "--operations", "GetIncidentTodo", "--read-mode", "strict");

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(output.resolve("com/example/model/IncidentTodoResponse.java")));
        assertFalse(Files.exists(output.resolve("com/example/model/IncidentNotificationTemplate.java")));
        assertTrue(Files.readString(output.resolve("com/example/ApiClient.java")).contains("ReadMode.STRICT)"));
    }

    @Test
    void theStrictClosedReadModeIsSpelledWithADash(@TempDir Path output) throws IOException {
        int status = run("--spec", RepositoryFiles.incidentsSpec().toString(), "--output", output.toString(),
                "--package", "com.example", "--operations", "GetIncidentTodo", "--read-mode", "strict-closed");
        int wrong = run("--spec", RepositoryFiles.incidentsSpec().toString(), "--output", output.toString(), "--read-mode", "closed");

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(output.resolve("com/example/ApiClient.java")).contains("ReadMode.STRICT_CLOSED)"));
        assertEquals(2, wrong, "a usage error");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--read-mode must be tolerant, strict or strict-closed, not 'closed'"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMisspeltOperationIdFailsWithTheClosestOneAsHint(@TempDir Path output) {
        int status = run("--spec", RepositoryFiles.incidentsSpec().toString(), "--output", output.toString(),
                "--operations", "getIncidentTodo");

        assertEquals(1, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("hint: did you mean 'GetIncidentTodo'?"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMalformedExtraTemplateIsABadArgument(@TempDir Path output) {
        int status = run("--spec", "x.yaml", "--output", output.toString(), "--extra-template", "sometimes:a.mustache:b.java");

        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("use model, api or once"));
    }

    @Test
    void theValidationOptionLetsAFlawedSpecGenerateWithWarnings(@TempDir Path dir) throws IOException {
        Path spec = write(dir, "flawed.yaml", """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths: {}
                components:
                  schemas:
                    Pet: {type: object, required: id, properties: {id: {type: string}}}
                """);
        Path output = dir.resolve("out");

        assertEquals(1, run("--spec", spec.toString(), "--output", output.toString()));
        err.reset();
        int status = run("--spec", spec.toString(), "--output", output.toString(), "--validation", "lenient");

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(spec + ":6:35: warning: [structure.kind] 'required' must be a list"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(output.resolve("org/openapi/client/model/Pet.java")));
    }

    @Test
    void anUnknownValidationLevelIsABadArgument() {
        int status = run("--spec", "a.yaml", "--output", "out", "--validation", "loose");

        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--validation must be strict, standard or lenient, not 'loose'"));
    }

    @Test
    void theConventionOptionsReachTheGenerator(@TempDir Path output) throws IOException {
        int status = run("--spec", RepositoryFiles.incidentsSpec().toString(), "--output", output.toString(),
                "--package", "com.example", "--serializable-models", "--generated-annotation", "--bean-validation",
                "--model-name-prefix", "Dd", "--type-mapping", "string+date-time=java.time.Instant",
                "--schema-mapping", "IncidentTodoType=com.example.TodoType", "--runtime-package", "com.example.shared");

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String todo = Files.readString(output.resolve("com/example/model/DdIncidentTodoAttributes.java"));
        assertTrue(todo.contains("implements Serializable"), todo);
        assertTrue(todo.contains("@Generated(\"dev.oasis.generator.Generator\")"), todo);
        assertTrue(todo.contains("    @NotNull\n"), todo);
        assertTrue(todo.contains("public Instant getCreated()"), todo);
        assertTrue(Files.readString(output.resolve("com/example/model/DdIncidentTodoResponseData.java")).contains("TodoType getType()"));
        assertFalse(Files.exists(output.resolve("com/example/shared")), "the runtime is another generation's");
    }

    @Test
    void aBadMappingIsABadArgumentSayingWhy(@TempDir Path output) {
        int status = run("--spec", "x.yaml", "--output", output.toString(), "--type-mapping", "string=int");

        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("error: typeMappings: 'string=int': int is written as"
                + " a JSON integer, but 'string' values are JSON strings"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void quietPrintsNothingButProblemsAndATerminalSeesEachStage(@TempDir Path output) {
        String[] args = {"--spec", RepositoryFiles.incidentsSpec().toString(), "--output", output.toString()};

        assertEquals(0, Main.run(with(args, "--quiet"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true));
        assertEquals("", out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));

        assertEquals(0, Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), true));
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> expected = List.of("load: 1 file", "build: \\d+ types, 3 operations", "render: \\d+ files",
                "check: \\d+ Java files parsed", "write: 0 written, \\d+ unchanged");
        assertEquals(expected.size(), lines.size(), lines::toString);
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(lines.get(i).matches("\\[\\d+\\.\\d s\\] " + expected.get(i)), lines.get(i));
        }
    }

    @Test
    void versionAndHelpSayWhatTheyShould() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("oasis-generator \\S+ \\(Java \\d+\\)\\R"), out.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("exit status: 0 generated; 1 the spec or templates have errors"));
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnIoErrorWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path file = write(dir, "taken", "not a folder");

        int status = run("--spec", RepositoryFiles.incidentsSpec().toString(), "--output", file.toString());

        assertEquals(3, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: cannot write generated sources under " + file),
                err.toString(StandardCharsets.UTF_8));
    }

    private static String[] with(String[] args, String extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
