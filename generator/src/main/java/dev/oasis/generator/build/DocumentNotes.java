package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import java.util.Set;

/**
 * What an OpenAPI 3.1 document says about itself that changes what is generated: its
 * {@code webhooks} give models but no client methods (a note), and a {@code jsonSchemaDialect} other
 * than OpenAPI's own and JSON Schema 2020-12 is read as OpenAPI's (a warning).
 */
final class DocumentNotes {

    /** The dialects the generator reads schemas in. */
    private static final Set<String> DIALECTS = Set.of(
            "https://spec.openapis.org/oas/3.1/dialect/base",
            "https://spec.openapis.org/oas/3.1/dialect/2024-10-25",
            "https://json-schema.org/draft/2020-12/schema");

    private DocumentNotes() {
    }

    static void report(SpecMap root, Diagnostics diagnostics) {
        root.map("webhooks").filter(webhooks -> !webhooks.entries().isEmpty()).ifPresent(webhooks -> {
            int count = webhooks.entries().size();
            diagnostics.report(Diagnostic.info("webhooks.models-only", webhooks.location(), webhooks.pointer(),
                    (count == 1 ? "1 webhook gets" : count + " webhooks get") + " models for the schemas it uses but no client"
                            + " methods: the API calls webhooks, the client does not", ""));
        });
        root.scalar("jsonSchemaDialect").filter(dialect -> !DIALECTS.contains(dialect.text().replaceAll("#$", "")))
                .ifPresent(dialect -> report(dialect, diagnostics));
    }

    private static void report(SpecNode dialect, Diagnostics diagnostics) {
        diagnostics.report(Diagnostic.warning("schema.dialect", dialect.location(), dialect.pointer(),
                "schemas are read in OpenAPI 3.1's dialect of JSON Schema 2020-12, not in the dialect this names",
                "leave jsonSchemaDialect out, or name https://spec.openapis.org/oas/3.1/dialect/base"));
    }
}
