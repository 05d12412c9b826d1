package dev.oasis.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.refine.JavaIdentifiers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Package names in the configuration are always valid, with or without the slow normalisation. */
class GeneratorConfigTest {

    private static GeneratorConfig withBasePackage(String basePackage) {
        return GeneratorConfig.builder(Path.of("api.yaml"), Path.of("out")).basePackage(basePackage).build();
    }

    @Test
    void packagesAreTheSameAsJavaIdentifiersMakesThem() {
        for (String text : List.of("com.example.pets", "com.example.class", "Com.Ex-ample.1pets", "com.exämple", "_a.b_c")) {
            assertEquals(JavaIdentifiers.packageName(text), withBasePackage(text).basePackage(), text);
        }
    }

    @Test
    void modelAndApiPackagesDefaultToSubPackagesOfTheBase() {
        GeneratorConfig config = withBasePackage("com.example");
        assertEquals("com.example.model", config.modelPackage());
        assertEquals("com.example.api", config.apiPackage());
        assertEquals("org.openapi.client", withBasePackage(null).basePackage());
    }

    @Test
    void theRuntimeIsInTheBasePackageUnlessSharedAndOnlyTheOwnerWritesIt() {
        GeneratorConfig owner = withBasePackage("com.example");
        GeneratorConfig user = GeneratorConfig.builder(Path.of("api.yaml"), Path.of("out")).basePackage("com.example.owners")
                .runtimePackage("com.example").build();

        assertEquals("com.example", owner.runtimePackage());
        assertEquals(true, owner.writesRuntime());
        assertEquals("com.example", user.runtimePackage());
        assertEquals(false, user.writesRuntime());
    }

    @Test
    void everyConventionIsPartOfWhatTheIncrementalCheckCompares() {
        String plain = withBasePackage("com.example").describe();
        List<Conventions> changed = List.of(Conventions.builder().serializableModels(true).build(),
                Conventions.builder().generatedAnnotation(true).build(), Conventions.builder().beanValidation(true).build(),
                Conventions.builder().modelNamePrefix("Api").build(), Conventions.builder().modelNameSuffix("Dto").build(),
                Conventions.builder().schemaMappings(List.of("Pet=com.acme.Pet")).build(),
                Conventions.builder().typeMappings(List.of("number=double")).build());
        for (Conventions conventions : changed) {
            String described = GeneratorConfig.builder(Path.of("api.yaml"), Path.of("out")).basePackage("com.example")
                    .conventions(conventions).build().describe();
            assertEquals(false, plain.equals(described), conventions::toString);
        }
        assertEquals(false, plain.equals(GeneratorConfig.builder(Path.of("api.yaml"), Path.of("out")).basePackage("com.example")
                .runtimePackage("com.shared").build().describe()));
    }
}
