package dev.oasis.generator.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.SpecChecks;
import dev.oasis.generator.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * References as OpenAPI defines them: followed only where a Reference Object is allowed (plus the
 * common operation-level one), never outside the spec's folder or over the network, each problem
 * reported at the {@code $ref} that names it.
 */
class ReferencesTest {

    @TempDir
    Path root;

    private Path folder;
    private SpecChecks checks;

    private List<String> check(String yaml) throws IOException {
        folder = Files.createDirectories(root.resolve("spec"));
        checks = new SpecChecks(folder);
        return checks.of(yaml);
    }

    private static String schema(String ref) {
        return "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: '" + ref + "'}\n";
    }

    @Test
    void aReferenceLeavingTheFolderIsRefusedWithoutReadingTheFile() throws IOException {
        Files.writeString(root.resolve("secret.yaml"), "password: [unclosed\n");

        assertEquals(List.of("""
                api.yaml:6:17: error: [ref.outside] '../secret.yaml' leads outside the spec's folder, so it was not read (at #/components/schemas/Pet/$ref)
                  hint: a spec may refer only to files in <folder> and its subfolders; copy the file there"""),
                check(schema("../secret.yaml")));
    }

    @Test
    void anAbsolutePathOutsideTheFolderIsRefused() throws IOException {
        List<String> problems = check(schema("/etc/passwd"));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("api.yaml:6:17: error: [ref.outside] '/etc/passwd' leads outside the spec's folder"),
                problems.get(0));
    }

    @Test
    void aSymbolicLinkLeadingOutsideTheFolderIsRefused() throws IOException {
        Files.writeString(root.resolve("secret.yaml"), "password: [unclosed\n");
        Files.createDirectories(root.resolve("spec"));
        Files.createSymbolicLink(root.resolve("spec/pet.yaml"), root.resolve("secret.yaml"));

        assertEquals(List.of("""
                api.yaml:6:17: error: [ref.outside] './pet.yaml' leads outside the spec's folder, so it was not read (at #/components/schemas/Pet/$ref)
                  hint: a spec may refer only to files in <folder> and its subfolders; copy the file there"""),
                check(schema("./pet.yaml")));
    }

    @Test
    void remoteReferencesAreRefusedWithoutTheNetwork() throws IOException {
        assertEquals(List.of("""
                api.yaml:6:17: error: [ref.remote] remote reference 'https://example.com/pet.yaml#/Pet' is not supported (at #/components/schemas/Pet/$ref)
                  hint: download the file and refer to it by a relative path"""), check(schema("https://example.com/pet.yaml#/Pet")));
        assertEquals("api.yaml:6:17: error: [ref.remote] remote reference 'file:///etc/passwd' is not supported"
                + " (at #/components/schemas/Pet/$ref)", check(schema("file:///etc/passwd")).get(0).lines().findFirst().orElseThrow());
    }

    @Test
    void aMissingFileIsReportedAtItsReferenceNamingTheFolderItWasResolvedAgainst() throws IOException {
        assertEquals(List.of("""
                api.yaml:6:17: error: [ref.file-missing] file 'schemas/pet.yaml' does not exist (at #/components/schemas/Pet/$ref)
                  hint: it was resolved against <folder>, the folder of api.yaml; a reference is relative to the file that holds it"""),
                check(schema("schemas/pet.yaml")));
    }

    @Test
    void aMissingTargetInAnExistingFileIsReportedAtItsReference() throws IOException {
        check("");
        checks.write("pet.yaml", "Pet: {type: object}\n");

        assertEquals(List.of("""
                api.yaml:6:17: error: [ref.missing] $ref target './pet.yaml#/Pett' does not exist (at #/components/schemas/Pet/$ref)
                  hint: a local reference looks like '#/components/schemas/Name'"""), checks.of(schema("./pet.yaml#/Pett")));
    }

    @Test
    void referencesInExtensionsAndExampleValuesAreDataAndAPropertyNamedRefIsAName() throws IOException {
        assertEquals(List.of(), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                x-ms-examples:
                  listPets: {$ref: './examples/list.json'}
                paths:
                  /users:
                    get:
                      x-code-samples: [{$ref: './samples/get.md'}]
                      responses:
                        '200':
                          description: users
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/User'}
                              example: {$ref: './examples/user.json'}
                              examples:
                                first: {value: {$ref: './examples/first.json'}}
                components:
                  schemas:
                    User:
                      type: object
                      properties:
                        $ref: {type: string, description: the SCIM reference of the user}
                        name: {type: string}
                      example: {$ref: './nowhere.json'}
                """));
    }

    @Test
    void aChainOfReferencesLeadingBackToItselfIsReportedOnce() throws IOException {
        assertEquals(List.of("""
                api.yaml:6:15: error: [ref.cycle] the $ref chain starting here leads back to itself and never reaches a definition (at #/components/schemas/A/$ref)
                  hint: make one of the references in the chain point at a real definition"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    A: {$ref: '#/components/schemas/B'}
                    B: {$ref: '#/components/schemas/A'}
                """));
    }

    @Test
    void anOperationWrittenAsAReferenceIsResolvedWithOneWarning() throws IOException {
        check("");
        checks.write("ops/list.yaml", """
                operationId: listPets
                parameters: [{name: limit, in: query, schema: {type: integer}}]
                responses: {'200': {description: pets, content: {application/json: {schema: {type: array, items: {type: string}}}}}}
                """);
        checks.write("ops/add.yaml", "operationId: addPet\nresponses: {'204': {description: added}}\n");
        Path spec = checks.write("api.yaml", """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get: {$ref: './ops/list.yaml'}
                    post: {$ref: './ops/add.yaml'}
                """);

        assertEquals(List.of("""
                api.yaml:5:17: warning: [ref.operation] 2 operations are written as a $ref (the first here), which OpenAPI does not allow for operations; they were resolved as most tools resolve them (at #/paths/~1pets/get/$ref)
                  hint: to follow the specification, write each operation in its path item, or make the whole path item a $ref"""),
                checks.of(Files.readString(spec)));
        SpecSet specs = SpecSet.open(spec, new SpecLoader(), new Diagnostics());
        SpecMap get = (SpecMap) specs.resolve(specs.main().at("/paths/~1pets/get").orElseThrow());
        assertEquals("listPets", get.text("operationId").orElseThrow());
    }

    @Test
    void aBrokenReferenceToAnExampleIsOnlyAWarning() throws IOException {
        assertEquals(List.of("""
                api.yaml:11:38: warning: [ref.file-missing] file 'examples/pet.json' does not exist (at #/paths/~1pets/get/responses/200/content/application~1json/examples/pet/$ref)
                  hint: it was resolved against <folder>, the folder of api.yaml; a reference is relative to the file that holds it"""),
                check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /pets:
                    get:
                      responses:
                        '200':
                          description: a pet
                          content:
                            application/json:
                              examples: {pet: {$ref: 'examples/pet.json'}}
                """));
    }

    @Test
    void aPercentEncodedFileNameIsDecodedAndAFileBrokenTwiceIsReportedOnce() throws IOException {
        check("");
        checks.write("my pet.yaml", "type: object\n");
        checks.write("broken.yaml", "type: [unclosed\n");

        assertEquals(List.of("""
                broken.yaml:1:16: error: [spec.syntax] not valid YAML: while parsing a flow sequence (at #/type)
                  hint: fix the syntax at this line; YAML is indentation-sensitive, and tabs are not allowed (the file is referenced at api.yaml:7:15)"""), checks.of("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet: {$ref: './my%20pet.yaml'}
                    A: {$ref: './broken.yaml'}
                    B: {$ref: './broken.yaml'}
                """));
    }

    @Test
    void aReferenceThatIsNoTextOrNoPointerIsAnError() throws IOException {
        assertEquals(List.of("""
                api.yaml:6:17: error: [ref.not-text] $ref must be a string (at #/components/schemas/Pet/$ref)
                  hint: write it as $ref: '#/components/schemas/Name'""", """
                api.yaml:7:17: error: [ref.missing] $ref target '#Pet' does not exist (at #/components/schemas/Cat/$ref)
                  hint: refer to a part of a file by JSON pointer, such as '#/components/schemas/Name'"""), check("""
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Pet: {$ref: 42}
                    Cat: {$ref: '#Pet'}
                """));
    }
}
