package dev.oasis.generator.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.RepositoryFiles;
import dev.oasis.generator.build.ModelBuilder;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.incremental.TemplateModelDigest;
import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.Operation;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.refine.NamingPass;
import dev.oasis.generator.render.RenderedFile;
import dev.oasis.generator.render.Renderer;
import dev.oasis.generator.render.RuntimeSources;
import dev.oasis.generator.render.TemplateSource;
import dev.oasis.generator.render.model.ProjectVars;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecSet;
import dev.oasis.generator.validate.Validation;
import dev.oasis.generator.validate.ValidationLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Selecting operations builds only the part of the spec they need, and gives exactly the model that
 * building the whole spec and filtering it gives: the same files from the same template models.
 */
class SelectionBeforeBuildTest {

    private static final ProjectVars PROJECT = new ProjectVars("p", "p.model", "p.api", "p", "p.json", "T", "1", "test", "TOLERANT",
            false, false, false);

    @Test
    void theIncidentsOperationsAloneOrTogetherGiveTheFilteredModel() {
        Path spec = RepositoryFiles.incidentsSpec();
        ApiModel whole = wholeModel(spec);
        for (OperationSelection selection : List.of(ids("GetIncidentTodo"), ids("GetIncidentIntegration"),
                ids("GetIncidentNotificationTemplate"), ids("GetIncidentTodo", "GetIncidentIntegration"),
                new OperationSelection(Set.of(), Set.of("Incidents")))) {
            assertEquals(filtered(whole, spec, selection), builtFromThePart(spec, selection), selection.toString());
        }
    }

    @Test
    void datadogSelectionsGiveTheFilteredModel() {
        Path spec = RepositoryFiles.corpus("datadog-v2-openapi.yaml");
        List<OperationSelection> selections = new ArrayList<>(List.of(
                ids("GetIncidentTodo", "GetIncidentIntegration", "GetIncidentNotificationTemplate")));
        ApiModel whole = wholeModel(spec);
        List<String> tags = whole.operations().stream().map(Operation::tag).distinct().sorted().toList();
        for (int i = 0; i < tags.size(); i += 25) {
            selections.add(new OperationSelection(Set.of(), Set.of(tags.get(i))));
        }
        for (OperationSelection selection : selections) {
            assertEquals(filtered(whole, spec, selection), builtFromThePart(spec, selection), selection.toString());
        }
    }

    @Test
    void typesThatWantTheSameNameSendTheSelectionBackToTheWholeSpec(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("api.yaml"), """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: getA
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Holder'}}}}
                  /b:
                    get:
                      operationId: getB
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Unused'}}}}
                components:
                  schemas:
                    Unused: {type: object, properties: {second: {$ref: '#/components/schemas/Foo_Bar'}}}
                    Holder: {type: object, properties: {first: {$ref: '#/components/schemas/FooBar'}, second: {$ref: '#/components/schemas/Foo_Bar'}}}
                    FooBar: {type: object, properties: {v: {type: string}}}
                    Foo_Bar: {type: object, properties: {w: {type: string}}}
                """);
        OperationSelection selection = ids("getA");

        assertTrue(selectedFromThePart(spec, selection).isEmpty(), "the part cannot decide which of the two gets FooBar");
        List<RenderedFile> generated = new Generator().render(GeneratorConfig.builder(spec, dir.resolve("out")).basePackage("p")
                .operations(selection).build());
        String fooBar = generated.stream().filter(file -> file.relativePath().equals("p/model/FooBar.java")).findFirst()
                .orElseThrow().content();
        assertTrue(fooBar.contains("getW()"), "as in the whole spec, Foo_Bar, met first (through Unused), is FooBar");
    }

    @Test
    void anErrorOutsideTheSelectionNoLongerStopsItButOneInsideDoes(@TempDir Path dir) throws IOException {
        String template = """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: getA
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}
                  /b:
                    get:
                      operationId: getB
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/B'}}}}
                components:
                  schemas:
                    A: {type: object, properties: {v: {type: string}}}
                    B: {type: object, properties: {w: {type: strin}, x: {$ref: '#/components/schemas/Nope'}}}
                """;
        Path spec = Files.writeString(dir.resolve("api.yaml"), template);
        GeneratorConfig.Builder config = GeneratorConfig.builder(spec, dir.resolve("out")).basePackage("p");

        assertThrows(GenerationException.class, () -> new Generator().render(config.build()));
        assertThrows(GenerationException.class, () -> new Generator().render(config.operations(ids("getB")).build()));
        assertTrue(new Generator().render(config.operations(ids("getA")).build()).stream()
                .anyMatch(file -> file.relativePath().equals("p/model/A.java")));
    }

    @Test
    void aLayoutTheScopeDoesNotCutIsTakenWhole(@TempDir Path dir) throws IOException {
        Path spec = Files.writeString(dir.resolve("api.yaml"), """
                openapi: 3.0.3
                info: {title: T, version: "1"}
                paths:
                  /a:
                    get:
                      operationId: getA
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/A/properties/v'}}}}
                components:
                  schemas:
                    A: {type: object, properties: {v: {type: object, properties: {x: {type: string}}}}}
                """);

        assertTrue(SpecSet.open(spec, new SpecLoader(), new Diagnostics(), document -> OperationScope.of(document, ids("getA")))
                .isWhole());
        assertFalse(new Generator().render(GeneratorConfig.builder(spec, dir.resolve("out")).operations(ids("getA")).build()).isEmpty());
    }

    private static OperationSelection ids(String... operationIds) {
        return new OperationSelection(Set.of(operationIds), Set.of());
    }

    /** The reference: the model of the whole spec ({@link #wholeModel}), filtered. */
    private static List<String> filtered(ApiModel whole, Path spec, OperationSelection selection) {
        Diagnostics diagnostics = new Diagnostics();
        ApiModel filtered = OperationFilter.apply(whole, selection, SourceLocation.ofFile(spec), diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.all().toString());
        return outputs(filtered, names(filtered));
    }

    /** The way without the scope: validate and build the whole spec. */
    private static ApiModel wholeModel(Path spec) {
        Diagnostics diagnostics = new Diagnostics();
        SpecSet whole = SpecSet.open(spec, new SpecLoader(), diagnostics);
        Validation.run(whole, ValidationLevel.STANDARD, diagnostics);
        return ModelBuilder.build(whole, diagnostics);
    }

    /** The new way, asserting that it was taken: only the part of the spec the selection needs. */
    private static List<String> builtFromThePart(Path spec, OperationSelection selection) {
        Optional<SelectedModel.Named> selected = selectedFromThePart(spec, selection);
        assertTrue(selected.isPresent(), "the part decides the model alone");
        return outputs(selected.get().model(), selected.get().names());
    }

    private static Optional<SelectedModel.Named> selectedFromThePart(Path spec, OperationSelection selection) {
        SpecSet part = SpecSet.open(spec, new SpecLoader(), new Diagnostics(), document -> OperationScope.of(document, selection));
        assertFalse(part.isWhole(), "the scope cuts the spec");
        return SelectedModel.build(part, selection, SourceLocation.ofFile(spec), new Diagnostics(), (specs, diagnostics) -> {
            Validation.run(specs, ValidationLevel.STANDARD, diagnostics);
            return ModelBuilder.build(specs, diagnostics);
        }, SelectionBeforeBuildTest::names);
    }

    private static JavaNames names(ApiModel model) {
        return NamingPass.run(model, RuntimeSources.allClassNames(), RuntimeSources.clientBuilderMethods(), "p");
    }

    /** Each output file with the key of its template and template model: equal keys, equal files. */
    private static List<String> outputs(ApiModel model, JavaNames names) {
        TreeSet<String> outputs = new TreeSet<>();
        new Renderer(new TemplateSource(Optional.empty()), PROJECT, List.of(), true, model, names).forEachOutput(job ->
                outputs.add(job.relativePath() + " " + TemplateModelDigest.ofOutput(job.template(), job.relativePath(), job.vars())));
        return List.copyOf(outputs);
    }
}
