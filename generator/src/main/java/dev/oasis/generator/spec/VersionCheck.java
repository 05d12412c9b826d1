package dev.oasis.generator.spec;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.GenerationException;
import dev.oasis.generator.openapi.SpecVersion;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads which version of the format the main spec file is written in. A file that is not a mapping
 * or names no version the generator reads stops the run with one message: read as anything else
 * it would only produce a cascade of misleading ones.
 */
final class VersionCheck {

    private static final Pattern OPENAPI_3_0 = Pattern.compile("3\\.0(\\.\\d+)?(-[0-9A-Za-z.-]+)?");
    private static final Pattern OPENAPI_3_1 = Pattern.compile("3\\.1(\\.\\d+)?(-[0-9A-Za-z.-]+)?");
    private static final String SUPPORTED = "this generator reads OpenAPI 3.0 and 3.1, and converts Swagger 2.0";

    private VersionCheck() {
    }

    static SpecVersion of(SpecDocument main) {
        if (!(main.root() instanceof SpecMap root)) {
            throw GenerationException.of(Diagnostic.error("spec.not-a-map", main.root().location(), "",
                    "the spec must be a YAML mapping with 'openapi', 'info' and 'paths'",
                    "start the file with 'openapi: 3.0.3'"));
        }
        Optional<SpecNode> openapi = root.get("openapi");
        if (openapi.isPresent()) {
            String version = versionText(openapi.get());
            if (OPENAPI_3_0.matcher(version).matches()) {
                return SpecVersion.OPENAPI_3_0;
            }
            if (OPENAPI_3_1.matcher(version).matches()) {
                return SpecVersion.OPENAPI_3_1;
            }
            throw unsupported(openapi.get(), "OpenAPI version '" + version + "' is not supported");
        }
        Optional<SpecNode> swagger = root.get("swagger");
        if (swagger.isPresent()) {
            String version = versionText(swagger.get());
            if (version.equals("2.0")) {
                return SpecVersion.SWAGGER_2_0;
            }
            throw unsupported(swagger.get(), "Swagger version '" + version + "' is not supported");
        }
        throw GenerationException.of(Diagnostic.error("spec.version", root.location(), "",
                "the spec has no 'openapi' version",
                "start the file with 'openapi: 3.0.3' (or 'swagger: \"2.0\"' for a Swagger 2.0 document)"));
    }

    private static String versionText(SpecNode node) {
        return node instanceof SpecScalar scalar && !scalar.isNull() ? scalar.text() : "";
    }

    private static GenerationException unsupported(SpecNode at, String message) {
        return GenerationException.of(Diagnostic.error("spec.version", at.location(), at.pointer(), message, SUPPORTED));
    }
}
