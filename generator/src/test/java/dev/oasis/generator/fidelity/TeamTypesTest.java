package dev.oasis.generator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.oasis.generator.Conventions;
import dev.oasis.generator.GeneratedSources;
import dev.oasis.generator.Generator;
import dev.oasis.generator.GeneratorConfig;
import dev.oasis.generator.RepositoryFiles;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.render.RenderedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mappings that name no schema or a missing class fail at the schema with a hint; model names take
 * the team's prefix and suffix without colliding; executions can share one runtime package.
 */
class TeamTypesTest {

    private static final Path SPEC = RepositoryFiles.root().resolve("generator/src/test/resources/fixtures/conventions.yaml");

    private static GeneratorConfig.Builder config(Conventions conventions) {
        return GeneratorConfig.builder(SPEC, Path.of("unused")).basePackage("fx").conventions(conventions);
    }

    @Test
    void aMappingThatNamesNoSchemaFailsWithTheClosestName() {
        GenerationException error = assertThrows(GenerationException.class, () -> new Generator().render(config(
                Conventions.builder().schemaMappings(List.of("Mony=com.acme.Money")).build()).build()));

        assertEquals("conventions.yaml:25:5: error: [mapping.unknown-schema] schemaMappings maps 'Mony' to com.acme.Money,"
                + " but there is no schema 'Mony' under components/schemas (at #/components/schemas)"
                + System.lineSeparator() + "  hint: did you mean 'Money'?", format(error).lines().limit(2)
                .collect(Collectors.joining(System.lineSeparator())));
    }

    @Test
    void aClassThatIsNotThereFailsAtTheSchemaItStandsFor() throws java.io.IOException {
        GenerationException error = assertThrows(GenerationException.class, () -> new Generator(name -> false).render(config(
                Conventions.builder().schemaMappings(List.of("Money=com.acme.Money")).build()).build()));

        int moneyContent = java.nio.file.Files.readAllLines(SPEC).indexOf("    Money:") + 2;
        assertTrue(format(error).startsWith("conventions.yaml:" + moneyContent + ":7: error: [mapping.class-missing] schemaMappings maps 'Money'"
                + " to com.acme.Money, a class that is neither on the compile classpath nor among the project's sources"
                + " (at #/components/schemas/Money)"), format(error));
    }

    @Test
    void modelNamesTakeThePrefixAndSuffixAndStayApart() {
        List<RenderedFile> files = new Generator().render(config(Conventions.builder().modelNamePrefix("Api").modelNameSuffix("Dto")
                .build()).build());

        assertEquals(Set.of("ApiLineDto", "ApiMoneyDto", "ApiOrderDto", "ApiPaymentDto", "ApiShippingDto", "ApiStatusDto"),
                modelClasses(files));
        assertTrue(GeneratedSources.compile(files).status() == Compilation.Status.SUCCESS);
        assertEquals("modelNamePrefix 'my-' contains '-'; use letters, digits, _ or $ only, so that every model name stays a"
                + " Java class name", assertThrows(IllegalArgumentException.class,
                        () -> Conventions.builder().modelNamePrefix("my-").build()).getMessage());
    }

    @Test
    void anAffixedNameThatMeetsAnotherSchemasNameStillGetsAUniqueOne(@TempDir Path dir) throws java.io.IOException {
        Path spec = java.nio.file.Files.writeString(dir.resolve("twins.yaml"), """
                openapi: 3.0.3
                info: {title: t, version: "1"}
                paths: {}
                components:
                  schemas:
                    Pet: {type: object, properties: {a: {type: string}}}
                    PetDto: {type: object, properties: {b: {type: string}}}
                    Dto: {type: object, properties: {c: {type: string}}}
                    pet: {type: object, properties: {d: {type: string}}}
                """);

        List<RenderedFile> files = new Generator().render(GeneratorConfig.builder(spec, Path.of("unused")).basePackage("fx")
                .conventions(Conventions.builder().modelNameSuffix("Dto").build()).build());

        assertEquals(Set.of("DtoDto", "PetDto", "PetDto2", "PetDtoDto"), modelClasses(files));
        assertEquals(Compilation.Status.SUCCESS, GeneratedSources.compile(files).status());
    }

    @Test
    void theConventionsKeepTheOutputTheSameOnEveryRun() {
        Conventions all = Conventions.builder().serializableModels(true).generatedAnnotation(true).beanValidation(true)
                .modelNamePrefix("Api").typeMappings(List.of("number=double")).build();

        assertEquals(new Generator().render(config(all).build()), new Generator().render(config(all).build()));
    }

    @Test
    void aSecondGenerationUsesTheFirstOnesRuntimeAndBothCompileTogether() {
        List<RenderedFile> owner = new Generator().render(config(Conventions.NONE).build());
        List<RenderedFile> user = new Generator().render(GeneratorConfig.builder(SPEC, Path.of("unused")).basePackage("fy")
                .runtimePackage("fx").build());

        assertEquals(Set.of("fy/ApiClient.java", "fy/api/OrdersApi.java"), user.stream().map(RenderedFile::relativePath)
                .filter(path -> !path.startsWith("fy/model/")).collect(Collectors.toCollection(TreeSet::new)));
        List<RenderedFile> both = new java.util.ArrayList<>(owner);
        both.addAll(user);
        Compilation compilation = GeneratedSources.compile(both);
        assertEquals(List.of(), compilation.diagnostics().stream().map(Object::toString).toList());
        assertTrue(user.stream().filter(file -> file.relativePath().equals("fy/ApiClient.java")).findFirst().orElseThrow()
                .content().contains("import fx.ClientBuilder;"));
    }

    @Test
    void aPackageNameThatIsNotJavaIsRenamedAndSaysSo() {
        assertEquals(java.util.Optional.of("com.mycompany.petstore"), GeneratorConfig.renamedPackage("com.my-company.petstore"));
        assertEquals(java.util.Optional.empty(), GeneratorConfig.renamedPackage("com.mycompany.petstore"));
    }

    private static Set<String> modelClasses(List<RenderedFile> files) {
        return files.stream().map(RenderedFile::relativePath).filter(path -> path.startsWith("fx/model/"))
                .map(path -> path.substring("fx/model/".length(), path.length() - ".java".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String format(GenerationException error) {
        return error.diagnostics().stream().map(diagnostic -> diagnostic.format()).collect(Collectors.joining("\n"))
                .replace(SPEC.toString(), "conventions.yaml").replace(SPEC.getFileName().toString(), "conventions.yaml");
    }
}
