package dev.oasis.generator.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.SpecChecks;
import dev.oasis.generator.validate.ValidationLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a spec file: whatever stops the reading is one located message and nothing after it;
 * YAML anchors, aliases and merge keys mean what YAML says; duplicate keys are reported.
 */
class SpecLoaderTest {

    @TempDir
    Path folder;

    private List<String> check(String yaml) {
        return new SpecChecks(folder).of(yaml);
    }

    private List<String> checkBytes(byte[] bytes) throws IOException {
        Path spec = folder.resolve("api.yaml");
        Files.write(spec, bytes);
        return new SpecChecks(folder).check(spec, ValidationLevel.STANDARD);
    }

    @Test
    void anEmptyFileIsOneError() {
        assertEquals(List.of("""
                api.yaml: error: [spec.empty] the file is empty
                  hint: write the spec into it, starting with 'openapi: 3.0.3'"""), check("# nothing here yet\n"));
    }

    @Test
    void aBinaryFileIsOneErrorAtItsFirstNulByte() throws IOException {
        assertEquals(List.of("""
                api.yaml:2:3: error: [spec.binary] the file is binary (it holds a NUL byte), not YAML or JSON text
                  hint: check that the path names the spec and not another file"""),
                checkBytes(new byte[] {'P', 'K', '\n', 3, 4, 0, 20, -1, -2}));
    }

    @Test
    void textThatIsNotUtf8IsOneErrorAtItsLine() throws IOException {
        assertEquals(List.of("""
                api.yaml:2:18: error: [spec.encoding] the file is not UTF-8 text: byte 0xE9 cannot be read
                  hint: save the spec as UTF-8"""),
                checkBytes("openapi: 3.0.3\ninfo: {title: Caf\u00e9, version: '1'}\npaths: {}\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        byte[] text = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);

        assertEquals(List.of(), checkBytes(bytes));
    }

    @Test
    void aSyntaxErrorIsOneErrorWithNoCascade() {
        assertEquals(List.of("""
                api.yaml:5:19: error: [spec.syntax] not valid YAML: while parsing a flow sequence (at #/paths/~1pets/get)
                  hint: fix the syntax at this line; YAML is indentation-sensitive, and tabs are not allowed"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get: [unclosed
                """));
    }

    @Test
    void aFileThatIsNotAMappingIsOneError() {
        assertEquals(List.of("""
                api.yaml:1:1: error: [spec.not-a-map] the spec must be a YAML mapping with 'openapi', 'info' and 'paths'
                  hint: start the file with 'openapi: 3.0.3'"""), check("- openapi\n- info\n"));
    }

    @Test
    void aSpecWithoutVersionIsOneErrorAndNotACascade() {
        assertEquals(List.of("""
                api.yaml:1:1: error: [spec.version] the spec has no 'openapi' version
                  hint: start the file with 'openapi: 3.0.3' (or 'swagger: "2.0"' for a Swagger 2.0 document)"""), check("""
                info: {title: T}
                paths:
                  /pets: {get: {parameters: [{name: x}]}}
                """));
    }

    @Test
    void aVersionTheGeneratorDoesNotReadIsOneError() {
        assertEquals(List.of("""
                api.yaml:1:10: error: [spec.version] OpenAPI version '4.0.0' is not supported (at #/openapi)
                  hint: this generator reads OpenAPI 3.0 and 3.1, and converts Swagger 2.0"""), check("""
                openapi: 4.0.0
                info: {title: T, version: '1'}
                """));
    }

    @Test
    void anAliasCopiesItsAnchorAndAMergeKeyAddsTheEntriesNotSet() {
        Path spec = new SpecChecks(folder).write("api.yaml", """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Base: &base
                      type: object
                      description: the base
                      properties:
                        id: {type: string}
                    Copy: *base
                    Merged:
                      <<: *base
                      description: merged
                """);

        SpecDocument document = new SpecLoader().load(spec, spec);

        SpecNode copied = document.at("/components/schemas/Copy/properties/id").orElseThrow();
        assertEquals("/components/schemas/Copy/properties/id", copied.pointer());
        assertEquals(10, copied.location().line(), "a copy keeps the line it was written at");
        SpecMap merged = (SpecMap) document.at("/components/schemas/Merged").orElseThrow();
        assertEquals(List.of("type", "properties", "description"), List.copyOf(merged.entries().keySet()));
        assertEquals("merged", merged.text("description").orElseThrow());
    }

    @Test
    void anAliasBombIsOneError() {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\nx-bomb:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String previous = "a";
        for (String level : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            yaml.append("  ").append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = level;
        }

        List<String> problems = check(yaml.toString());

        assertEquals(1, problems.size(), problems::toString);
        assertEquals("api.yaml:5:45: error: [spec.alias-bomb] YAML aliases in this file expand to more than 100000 nodes"
                + " (at #/x-bomb/f/0/3/3/7/3/7)\n"
                + "  hint: share parts of the spec with $ref instead of YAML aliases, which copy the whole node every time",
                problems.get(0));
    }

    @Test
    void nestingFiveThousandLevelsDeepIsOneError() {
        String deep = "{type: object, properties: {a: ".repeat(5_000) + "{type: string}" + "}}".repeat(5_000);

        assertEquals(List.of("""
                api.yaml:6:15449: error: [spec.too-deep] the spec nests deeper than 1000 levels here (at #/components/schemas/Deep/properties)
                  hint: real specs nest a few dozen levels at most; look for runaway nesting"""),
                check("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Deep: " + deep + "\n"));
    }

    @Test
    void aDuplicateKeyIsAnErrorNamingTheFirst() {
        assertEquals(List.of("""
                api.yaml:6:3: error: [spec.duplicate-key] '/pets' appears twice in this mapping (first at line 4); only this last value is read (at #/paths/~1pets)
                  hint: remove or rename one of the two"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get: {responses: {'204': {description: none}}}
                  /pets:
                    post: {responses: {'204': {description: none}}}
                """));
    }

    @Test
    void anAliasWithoutAnchorAndOneInsideItsOwnAnchorAreErrors() {
        assertEquals(List.of("""
                api.yaml:3:8: error: [spec.alias] alias '*nothing' names no anchor defined before it (at #/paths)
                  hint: define the anchor '&nothing' on a complete node before the alias"""), check("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: *nothing\n"));
        assertEquals(List.of("""
                api.yaml:5:6: error: [spec.alias] alias '*a' refers to a node that contains it (at #/x-a/b)
                  hint: define the anchor '&a' on a complete node before the alias"""),
                check("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\nx-a: &a\n  b: *a\n"));
    }
}
