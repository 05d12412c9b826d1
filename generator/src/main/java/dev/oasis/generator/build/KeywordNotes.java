package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.openapi.SpecVersion;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import java.util.List;

/**
 * The JSON Schema keywords of OpenAPI 3.1 that the generated code does not apply, each reported
 * once where it stands, so that nothing the spec says is dropped without a word: the conditional
 * {@code if}/{@code then}/{@code else}, {@code dependentRequired} and {@code dependentSchemas}, and
 * {@code not}, {@code patternProperties}, {@code propertyNames}, {@code contains} and
 * {@code unevaluatedItems}. The values stay as they came: properties only such parts declare are
 * kept as additional properties. (OpenAPI 3.0 does not have these keywords; validation reports them there.)
 */
final class KeywordNotes {

    private static final List<String> NOT_APPLIED = List.of("if", "dependentRequired", "dependentSchemas", "not",
            "patternProperties", "propertyNames", "contains", "unevaluatedItems");

    private final boolean v31;
    private final Diagnostics diagnostics;

    KeywordNotes(SpecVersion version, Diagnostics diagnostics) {
        this.v31 = version == SpecVersion.OPENAPI_3_1;
        this.diagnostics = diagnostics;
    }

    /** Reports the keywords of {@code schema} that are not applied; each schema is checked once. */
    void check(SpecMap schema) {
        if (!v31) {
            return;
        }
        for (String keyword : NOT_APPLIED) {
            schema.get(keyword).ifPresent(node -> report(keyword, node));
        }
    }

    private void report(String keyword, SpecNode node) {
        String name = keyword.equals("if") ? "if/then/else" : keyword;
        diagnostics.report(Diagnostic.warning("schema.not-applied", node.location(), node.pointer(),
                name + " is not applied by the generated code: values are read and written as the rest of the schema"
                        + " describes them, and what only " + name + " describes is kept as it came",
                "nothing to do if the server enforces it; to get types, describe the values with properties, oneOf or anyOf"));
    }
}
