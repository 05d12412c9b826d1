package dev.oasis.generator.build;

import dev.oasis.generator.diagnostic.Diagnostic;
import dev.oasis.generator.diagnostic.Diagnostics;
import dev.oasis.generator.diagnostic.SourceLocation;
import dev.oasis.generator.spec.SpecMap;
import dev.oasis.generator.spec.SpecNode;
import dev.oasis.generator.spec.SpecSet;

/**
 * Checks that every class of the team's own that a mapping names exists, reporting a missing one
 * at the schema it stands for (or at the spec, for a type mapping).
 */
public final class MappedClasses {

    private MappedClasses() {
    }

    /** Reports each mapped class {@code classes} does not know. */
    public static void check(SpecSet specs, TypeMappings mappings, ClassLookup classes, Diagnostics diagnostics) {
        SpecMap root = specs.main().rootMap();
        SpecMap schemas = root.map("components").flatMap(c -> c.map("schemas")).orElse(null);
        mappings.schemaMappings().forEach((schema, className) -> {
            SpecNode at = schemas == null ? root : schemas.get(schema).orElse(null);
            if (at != null && mappings.externalClasses().contains(className) && !classes.exists(className)) {
                diagnostics.report(missing("schemaMappings maps '" + schema + "' to " + className, at.location(), at.pointer()));
            }
        });
        mappings.typeMappings().forEach((type, className) -> {
            if (mappings.externalClasses().contains(className) && !classes.exists(className)) {
                diagnostics.report(missing("typeMappings maps '" + type + "' to " + className,
                        SourceLocation.ofFile(specs.main().displayPath()), ""));
            }
        });
    }

    private static Diagnostic missing(String mapping, SourceLocation location, String pointer) {
        return Diagnostic.error("mapping.class-missing", location, pointer,
                mapping + ", a class that is neither on the compile classpath nor among the project's sources",
                "check the class name (nested classes are written Outer.Inner), or add the dependency that has the class");
    }
}
