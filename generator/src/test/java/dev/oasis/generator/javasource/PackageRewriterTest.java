package dev.oasis.generator.javasource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Moving sources to another package rewrites qualified names in code and comments, never in literals. */
class PackageRewriterTest {

    private final PackageRewriter rewriter = new PackageRewriter("dev.oasis.runtime", "com.example.client");

    @Test
    void thePackageDeclarationImportsAndQualifiedReferencesMove() {
        String source = """
                package dev.oasis.runtime.json;

                import dev.oasis.runtime.ApiException;
                import static dev.oasis.runtime.json.Codecs.ANY;

                /** See {@link dev.oasis.runtime.ApiRequest}. */
                final class X extends dev.oasis.runtime.Base {
                }
                """;

        assertEquals("""
                package com.example.client.json;

                import com.example.client.ApiException;
                import static com.example.client.json.Codecs.ANY;

                /** See {@link com.example.client.ApiRequest}. */
                final class X extends com.example.client.Base {
                }
                """, rewriter.rewrite(source));
    }

    @Test
    void stringCharAndTextBlockLiteralsAreNeverChanged() {
        String source = """
                class X {
                    String a = "dev.oasis.runtime.ApiException";
                    String b = "escaped \\" dev.oasis.runtime";
                    char c = '"';
                    String d = \"""
                        dev.oasis.runtime
                        \""";
                    Object e = dev.oasis.runtime.X.class;
                }
                """;

        assertEquals(source.replace("Object e = dev.oasis.runtime.X", "Object e = com.example.client.X"),
                rewriter.rewrite(source));
    }

    @Test
    void namesThatOnlyStartWithTheSameLettersAreLeftAlone() {
        String source = "import dev.oasis.runtimex.A;\nimport xdev.oasis.runtime.B;\nimport my.dev.oasis.runtime.C;\n";

        assertEquals(source, rewriter.rewrite(source));
    }
}
