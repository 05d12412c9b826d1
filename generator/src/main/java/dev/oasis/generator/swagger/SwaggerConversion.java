package dev.oasis.generator.swagger;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.spec.SpecDocument;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Converts a Swagger 2.0 document to the OpenAPI 3.0 document it describes. Every converted node
 * stands where its Swagger 2.0 original stands: messages about it name the 2.0 file, its line:column
 * and its JSON pointer there.
 */
public final class SwaggerConversion {

    private SwaggerConversion() {
    }

    /**
     * The OpenAPI 3.0 form of a Swagger 2.0 document's root.
     *
     * @param swagger the document, still holding its Swagger 2.0 root
     * @param targets finds the target of a reference, loading its file if need be and reporting what is wrong
     * @param diagnostics receives an info line saying the document was converted, and what cannot be
     */
    public static SpecMap convert(SpecDocument swagger, Function<SpecMap, Optional<SpecNode>> targets, Diagnostics diagnostics) {
        SpecMap root = swagger.rootMap();
        SpecNode version = root.get("swagger").orElse(root);
        diagnostics.report(Diagnostic.info("swagger.converted", version.location(), version.pointer(),
                "Swagger 2.0 document converted to OpenAPI 3.0; messages still point into the Swagger 2.0 file", ""));
        SchemaConverter schemas = new SchemaConverter(root.map("definitions").orElseGet(() -> SpecMap.derived(root, Map.of())));
        ParameterConverter parameters = new ParameterConverter(schemas, diagnostics);
        return new DocumentConverter(root, new Targets(targets), schemas, parameters, diagnostics).convert(root);
    }

    /**
     * A file a Swagger 2.0 document refers to, with its Swagger 2.0 schema forms rewritten; its own
     * references are left as they are, since its layout is its own.
     */
    public static SpecNode convertFragment(SpecNode root) {
        return new SchemaConverter(null).fragment(root);
    }
}
