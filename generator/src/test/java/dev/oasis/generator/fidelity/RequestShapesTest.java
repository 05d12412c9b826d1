package dev.oasis.generator.fidelity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oasis.generator.GeneratedSources;
import dev.oasis.generator.GenerationResult;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.RepositoryFiles;
import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.validate.ValidationLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the build stage shapes request bodies, event streams and pagination: which properties become
 * which parts, which rule types an event's data, which specs get a paginated variant, and what is
 * reported when a spec says something that cannot be honoured.
 */
class RequestShapesTest {

    @TempDir
    Path dir;

    @Test
    void multipartPropertiesBecomeFileTextAndJsonPartsAndNoModelClass() {
        List<RenderedFile> files = GeneratedSources.render(RepositoryFiles.root().resolve("sample-client/src/test/openapi/requests-fixture.yaml"),
                "fx");
        String api = content(files, "fx/api/FilesApi.java");

        assertTrue(api.contains("""
                        return ApiRequest.builder("POST", "/uploads", "upload")
                                .part(MultipartForm.file("file", file, true, "image/png"))
                                .part(MultipartForm.header("file", "X-Checksum", options.fileXChecksum, false))
                                .part(MultipartForm.text("title", title, true, "text/plain; charset=utf-8"))
                                .part(MultipartForm.text("count", options.count, false, null))
                                .part(MultipartForm.json("meta", Meta.CODEC, options.meta, false, null))
                                .part(MultipartForm.text("tags", options.tags, false, null))
                                .part(MultipartForm.file("extras", options.extras, false, null))
                                .part(MultipartForm.file("readme", options.readme, false, "text/markdown"))
                                .multipart("multipart/form-data", true)
                """), api);
        assertFalse(api.contains("public UploadOptions id("), "a read-only property is not sent");
        assertTrue(files.stream().noneMatch(file -> file.relativePath().startsWith("fx/model/Upload")), "no class for the inline form schema");
    }

    @Test
    void theRequestFeaturesCompileAgainstARuntimeSharedFromAnotherPackage() {
        Path spec = RepositoryFiles.root().resolve("sample-client/src/test/openapi/requests-fixture.yaml");
        List<RenderedFile> both = new ArrayList<>(GeneratedSources.render(spec, "rx"));
        both.addAll(new Generator().render(GeneratorConfig.builder(spec, Path.of("unused")).basePackage("ry").runtimePackage("rx").build()));

        Compilation compilation = GeneratedSources.compile(both);

        assertEquals(List.of(), compilation.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void listsOfObjectsBecomeOneJsonPartEachUnlessTheEncodingSaysJson() throws IOException {
        List<RenderedFile> files = render("""
                paths:
                  /p:
                    post:
                      operationId: post
                      requestBody:
                        content:
                          multipart/form-data:
                            schema:
                              type: object
                              properties:
                                each: {type: array, items: {$ref: '#/components/schemas/Item'}}
                                whole: {type: array, items: {$ref: '#/components/schemas/Item'}}
                                free: {}
                                when: {type: string, format: date-time}
                            encoding:
                              whole: {contentType: application/json}
                      responses:
                        '204': {description: none}
                components:
                  schemas:
                    Item: {type: object, properties: {v: {type: string}}}
                """);
        String api = content(files, "fx/api/DefaultApi.java");

        assertTrue(api.contains(".part(MultipartForm.jsonEach(\"each\", Item.CODEC, options.each, false, null))"), api);
        assertTrue(api.contains(".part(MultipartForm.json(\"whole\", Codecs.listOf(Item.CODEC), options.whole, false, \"application/json\"))"), api);
        assertTrue(api.contains(".part(MultipartForm.json(\"free\", Codecs.ANY, options.free, false, null))"), api);
        assertTrue(api.contains(".part(MultipartForm.text(\"when\", options.when, false, null))"), api);
        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
    }

    @Test
    void objectValuedParametersAreWrittenThroughTheirCodec() throws IOException {
        List<RenderedFile> files = render("""
                paths:
                  /p:
                    get:
                      operationId: find
                      parameters:
                        - {name: filter, in: query, style: deepObject, schema: {$ref: '#/components/schemas/Filter'}}
                        - {name: tags, in: query, schema: {type: array, items: {type: string}}}
                      responses:
                        '204': {description: none}
                components:
                  schemas:
                    Filter: {type: object, properties: {state: {type: string}}}
                """);
        String api = content(files, "fx/api/DefaultApi.java");

        assertTrue(api.contains(".parameter(ApiRequest.Location.QUERY, \"filter\", Filter.CODEC, options.filter, false, "
                + "ApiRequest.Style.DEEP_OBJECT, false)"), api);
        assertTrue(api.contains(".parameter(ApiRequest.Location.QUERY, \"tags\", options.tags, false, ApiRequest.Style.FORM, true)"), api);
        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
    }

    @Test
    void eventDataIsTypedByTheItemSchemasContentSchemaOrTheSchemaAndTextOtherwise() throws IOException {
        List<RenderedFile> files = render("""
                paths:
                  /items:
                    get:
                      operationId: items
                      responses:
                        '200':
                          description: events
                          content:
                            text/event-stream:
                              itemSchema:
                                type: object
                                properties:
                                  data: {type: string, contentMediaType: application/json, contentSchema: {$ref: '#/components/schemas/Pet'}}
                  /pets:
                    get:
                      operationId: pets
                      responses:
                        '200': {description: events, content: {text/event-stream: {schema: {$ref: '#/components/schemas/Pet'}}}}
                  /texts:
                    get:
                      operationId: texts
                      responses:
                        '200': {description: events, content: {text/event-stream: {}}}
                components:
                  schemas:
                    Pet: {type: object, properties: {name: {type: string}}}
                """);
        String api = content(files, "fx/api/DefaultApi.java");

        assertTrue(api.contains("public EventStream<Pet> items()"), api);
        assertTrue(api.contains("StreamReader.jsonEvents(Pet.CODEC)"), api);
        assertTrue(api.contains("public EventStream<Pet> pets()"), api);
        assertTrue(api.contains("public EventStream<String> texts()"), api);
        assertTrue(api.contains("this.client.execute(textsRequest(), StreamReader.textEvents())"), api);
        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
    }

    @Test
    void paginationThatCannotBeResolvedIsAWarningAtTheExtensionAndNoVariant() throws IOException {
        Path spec = write("""
                paths:
                  /a:
                    get:
                      operationId: wrongResults
                      parameters:
                        - {name: offset, in: query, schema: {type: integer}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}
                      x-pagination: {pageOffsetParam: offset, resultsPath: items}
                  /b:
                    get:
                      operationId: missingLimit
                      parameters:
                        - {name: offset, in: query, schema: {type: integer}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}
                      x-pagination: {pageOffsetParam: offset, limitParam: size, resultsPath: data}
                components:
                  schemas:
                    Page: {type: object, properties: {data: {type: array, items: {type: string}}}}
                """);

        GenerationResult result = new Generator().generate(GeneratorConfig.builder(spec, dir.resolve("out")).basePackage("fx").build());

        List<Diagnostic> warnings = result.warnings();
        assertEquals(List.of("pagination.unresolved", "pagination.unresolved"), warnings.stream().map(Diagnostic::id).toList());
        assertEquals("/paths/~1a/get/x-pagination", warnings.get(0).pointer());
        assertEquals("resultsPath 'items' does not lead to an array of the response; the operation gets no paginated variant",
                warnings.get(0).message());
        assertEquals("limitParam 'size' is not a parameter of the operation; the operation gets no paginated variant",
                warnings.get(1).message());
        assertFalse(Files.readString(dir.resolve("out/fx/api/DefaultApi.java")).contains("WithPagination"));
    }

    @Test
    void aFormBodyWithoutAnObjectSchemaIsAWarningAndIsSentAsTheCallerGivesIt() throws IOException {
        Path spec = write("""
                paths:
                  /raw:
                    post:
                      operationId: raw
                      requestBody:
                        content:
                          multipart/form-data:
                            schema: {type: string, format: binary}
                      responses:
                        '204': {description: none}
                """);

        GenerationResult result = new Generator().generate(GeneratorConfig.builder(spec, dir.resolve("out")).basePackage("fx").build());

        assertEquals(List.of("body.form-schema"), result.warnings().stream().map(Diagnostic::id).toList());
        assertTrue(Files.readString(dir.resolve("out/fx/api/DefaultApi.java")).contains("public void raw(FilePart body)"));
    }

    @Test
    void aFormStyleUrlEncodingCannotWriteIsAnError() throws IOException {
        Path spec = write("""
                paths:
                  /form:
                    post:
                      operationId: form
                      requestBody:
                        content:
                          application/x-www-form-urlencoded:
                            schema: {type: object, properties: {a: {type: string}}}
                            encoding:
                              a: {style: matrix}
                      responses:
                        '204': {description: none}
                """);

        String pointer = "/paths/~1form/post/requestBody/content/application~1x-www-form-urlencoded/encoding/a/style";

        GenerationException invalid = assertThrows(GenerationException.class, () -> GeneratedSources.render(spec, "fx"));
        GenerationException lenient = assertThrows(GenerationException.class, () -> new Generator().render(
                GeneratorConfig.builder(spec, dir.resolve("out")).basePackage("fx").validation(ValidationLevel.LENIENT).build()));

        assertEquals(List.of("structure.value " + pointer), invalid.diagnostics().stream().map(d -> d.id() + " " + d.pointer()).toList());
        assertEquals(List.of("form.style " + pointer), lenient.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.id() + " " + d.pointer()).toList(), "even a lenient run cannot write the field as the spec says");
    }

    @Test
    void thePaginatedAndStreamedMethodsJoinTheirOperationsNameFamily() throws IOException {
        List<RenderedFile> files = render("""
                paths:
                  /other:
                    get:
                      operationId: listThingsWithPagination
                      responses:
                        '204': {description: none}
                  /things:
                    get:
                      operationId: listThings
                      parameters:
                        - {name: page, in: query, required: true, schema: {type: integer}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}
                      x-pagination: {pageParam: page, resultsPath: data}
                  /file:
                    get:
                      operationId: getFile
                      responses:
                        '200': {description: ok, content: {application/pdf: {schema: {type: string, format: binary}}}}
                  /fileAsStream:
                    get:
                      operationId: getFileAsStream
                      responses:
                        '204': {description: none}
                components:
                  schemas:
                    Page: {type: object, properties: {data: {type: array, items: {type: string}}}}
                """);
        String api = content(files, "fx/api/DefaultApi.java");

        assertTrue(api.contains("public PaginatedIterable<String> listThings2WithPagination(Long page)"), api);
        assertTrue(api.contains("private static final Paging<Page, String> LIST_THINGS2_PAGINATION"), api);
        assertTrue(api.contains("public ResponseStream getFileAsStream()"), "the operation first in the spec keeps its names: " + api);
        assertTrue(api.contains("public void getFileAsStream2()"), api);
        assertThat(GeneratedSources.compile(files)).succeededWithoutWarnings();
    }

    private List<RenderedFile> render(String paths) throws IOException {
        return GeneratedSources.render(write(paths), "fx");
    }

    private Path write(String paths) throws IOException {
        return Files.writeString(dir.resolve("api.yaml"), "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n" + paths);
    }

    private static String content(List<RenderedFile> files, String path) {
        return files.stream().filter(file -> file.relativePath().equals(path)).findFirst().orElseThrow(() -> new AssertionError("no " + path))
                .content();
    }
}
