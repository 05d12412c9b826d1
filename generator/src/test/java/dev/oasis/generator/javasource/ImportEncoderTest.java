package dev.oasis.generator.javasource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Type markers become simple names with sorted imports, or full names where a simple name would mean something else. */
class ImportEncoderTest {

    private final ImportEncoder encoder = new ImportEncoder(Map.of(
            "fx.model", Set.of("Pet", "Map", "Owner"),
            "fx.json", Set.of("Codecs")));

    @Test
    void typesUsedInCodeAreImportedSortedAndWrittenBySimpleName() {
        String source = """
                package fx.api;

                «imports»
                class PetsApi {
                    «java.util:List»<«fx.model:Pet»> pets = «java.util:List».of();
                    «fx.json:Codecs» codecs;
                    «java.util:Map».Entry<String, «java.lang:String»> entry;
                }
                """;

        assertEquals("""
                package fx.api;

                import fx.json.Codecs;
                import fx.model.Pet;
                import java.util.List;
                import java.util.Map;

                class PetsApi {
                    List<Pet> pets = List.of();
                    Codecs codecs;
                    Map.Entry<String, String> entry;
                }
                """, encoder.encode(source, "fx.api", "PetsApi"));
    }

    @Test
    void aNameOfTheFilesPackageOrADeclaredTypeOrJavaLangOrUsedTwiceIsWrittenInFull() {
        String source = """
                package fx.model;

                «imports»
                final class Pet {
                    «java.util:Map»<String, «fx.model:Owner»> owners;
                    «fx.model:Map» map;
                    «com.example:Builder» other;
                    «com.example:String» text;
                    «com.one:Item» one;
                    «com.two:Item» two;
                    static final class Builder {
                    }
                }
                """;

        assertEquals("""
                package fx.model;

                final class Pet {
                    java.util.Map<String, Owner> owners;
                    Map map;
                    com.example.Builder other;
                    com.example.String text;
                    com.one.Item one;
                    com.two.Item two;
                    static final class Builder {
                    }
                }
                """, encoder.encode(source, "fx.model", "Pet"));
    }

    @Test
    void typesNamedOnlyInCommentsAreNotImported() {
        String source = """
                package fx.api;

                «imports»
                /** Throws {@link «fx:ApiException»}; uses {@link «java.util:List»}. */
                class PetsApi {
                    «java.util:List»<String> names;
                    String text = "«not:AMarker» in a literal stays";
                }
                """;

        assertEquals("""
                package fx.api;

                import java.util.List;

                /** Throws {@link fx.ApiException}; uses {@link List}. */
                class PetsApi {
                    List<String> names;
                    String text = "«not:AMarker» in a literal stays";
                }
                """, encoder.encode(source, "fx.api", "PetsApi"));
    }

    @Test
    void aFileWithoutImportsLosesTheMarkerLine() {
        assertEquals("package fx;\n\nclass A {\n}\n", encoder.encode("package fx;\n\n«imports»\nclass A {\n}\n", "fx", "A"));
    }

    @Test
    void typesToImportWithoutAnImportsLineAreATemplateError() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> encoder.encode("package fx;\nclass A { «java.util:List»<String> a; }\n", "fx", "A"));

        assertEquals("the template writes types to import but no «imports» line", error.getMessage());
    }
}
