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
}
