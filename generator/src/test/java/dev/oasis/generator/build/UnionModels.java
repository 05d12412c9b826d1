package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.model.ApiModel;
import dev.oasis.generator.model.TypeDefinition;
import dev.oasis.generator.model.UnionType;
import dev.oasis.generator.spec.SpecLoader;
import dev.oasis.generator.spec.SpecSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Builds the model of a small spec written into a folder, keeping the warnings, for tests of the union analysis. */
final class UnionModels {

    private final ApiModel model;
    private final List<Diagnostic> warnings;

    private UnionModels(ApiModel model, List<Diagnostic> warnings) {
        this.model = model;
        this.warnings = warnings;
    }

    /** Builds {@code api.yaml} holding the schemas under {@code components/schemas} of an OpenAPI {@code version} document. */
    static UnionModels of(Path folder, String version, String schemas) {
        return of(folder, version, schemas, Map.of());
    }

    /** Builds {@code api.yaml} as {@link #of(Path, String, String)} does, with more files beside it. */
    static UnionModels of(Path folder, String version, String schemas, Map<String, String> files) {
        String yaml = "openapi: " + version + "\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                + schemas.indent(4);
        Path spec = folder.resolve("api.yaml");
        try {
            Files.createDirectories(folder);
            Files.writeString(spec, yaml);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Diagnostics diagnostics = new Diagnostics();
        ApiModel model = ModelBuilder.build(SpecSet.open(spec, new SpecLoader()), diagnostics);
        return new UnionModels(model, diagnostics.all());
    }

    /** The union named {@code name}. */
    UnionType union(String name) {
        for (TypeDefinition definition : model.types()) {
            if (definition instanceof UnionType union && union.specName().equals(name)) {
                return union;
            }
        }
        throw new AssertionError("no union " + name);
    }

    /** The labels of a union's branches in the order the reader tests them. */
    List<String> order(String name) {
        return union(name).matchOrder().stream().map(UnionType.Variant::name).toList();
    }

    /** The warnings' messages. */
    List<String> messages() {
        return warnings.stream().map(Diagnostic::message).toList();
    }

    /** The model. */
    ApiModel model() {
        return model;
    }
}
