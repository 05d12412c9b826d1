package dev.oasis.generator.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the model builder says about keywords it reads otherwise than written, verbatim. */
class KeywordWarningsTest {

    @TempDir
    Path folder;

    @Test
    void aPatternWithoutACertainJavaTranslationIsNotCheckedAndSaysWhy() throws IOException {
        assertEquals(List.of("api.yaml:6:35: warning: [schema.pattern] the pattern '(?i)^abc$' is not checked: '(?i)' is not a group"
                + " ECMA-262 knows (inline flags and atomic groups are Java only) (at #/components/schemas/Code/pattern)\n"
                + "  hint: write it in the ECMA-262 syntax JSON Schema uses, which Java reads the same way"), warnings("""
                openapi: 3.1.0
                info: {title: T, version: '1'}
                paths: {}
                components:
                  schemas:
                    Code: {type: string, pattern: '(?i)^abc$'}
                """));
    }

    @Test
    void aDialectOtherThanOpenApisIsReadAsOpenApisWithAWarning() throws IOException {
        assertEquals(List.of("api.yaml:2:20: warning: [schema.dialect] schemas are read in OpenAPI 3.1's dialect of JSON Schema"
                + " 2020-12, not in the dialect this names (at #/jsonSchemaDialect)\n"
                + "  hint: leave jsonSchemaDialect out, or name https://spec.openapis.org/oas/3.1/dialect/base"), warnings("""
                openapi: 3.1.0
                jsonSchemaDialect: https://json-schema.org/draft/2019-09/schema
                info: {title: T, version: '1'}
                paths: {}
                """));
    }

    @Test
    void theDialectsOfOpenApiAndJsonSchema202012NeedNoWord() throws IOException {
        assertEquals(List.of(), warnings("""
                openapi: 3.1.0
                jsonSchemaDialect: https://json-schema.org/draft/2020-12/schema
                info: {title: T, version: '1'}
                paths: {}
                """));
    }

    private List<String> warnings(String yaml) throws IOException {
        Path spec = folder.resolve("api.yaml");
        Files.writeString(spec, yaml);
        Diagnostics diagnostics = new Diagnostics();
        ModelBuilder.build(SpecSet.open(spec, new SpecLoader()), diagnostics);
        return diagnostics.all().stream().map(Diagnostic::format).map(text -> text.replace(folder + "/", "")
                .replace(System.lineSeparator(), "\n")).toList();
    }
}
