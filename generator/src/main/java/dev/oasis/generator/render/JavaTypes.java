package dev.oasis.generator.render;

import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.refine.JavaNames;
import java.util.Set;

/** Spells a {@link TypeRef} as Java: its type, the codec expression that reads and writes it, and its imports. */
final class JavaTypes {

    private final JavaNames names;

    JavaTypes(JavaNames names) {
        this.names = names;
    }

    /** The Java type, such as {@code List<IncidentTodoAssignee>}. */
    String javaType(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalarType(scalar.kind());
        }
        if (type instanceof TypeRef.Named named) {
            return names.typeName(named.definition());
        }
        if (type instanceof TypeRef.ListOf list) {
            return "List<" + javaType(list.items()) + ">";
        }
        if (type instanceof TypeRef.MapOf map) {
            return "Map<String, " + javaType(map.values()) + ">";
        }
        return "JsonNode";
    }

    /** The codec expression, such as {@code Codecs.listOf(IncidentTodoAssignee.CODEC)}. */
    String codec(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return "Codecs." + scalar.kind().name();
        }
        if (type instanceof TypeRef.Named named) {
            return names.typeName(named.definition()) + ".CODEC";
        }
        if (type instanceof TypeRef.ListOf list) {
            return "Codecs.listOf(" + codec(list.items()) + ")";
        }
        if (type instanceof TypeRef.MapOf map) {
            return "Codecs.mapOf(" + codec(map.values()) + ")";
        }
        return "Codecs.ANY";
    }

    /** Adds the fully qualified names the type needs to {@code imports}; {@code modelPackage} qualifies named types. */
    void collectImports(TypeRef type, String modelPackage, Set<String> imports) {
        if (type instanceof TypeRef.Scalar scalar) {
            String qualified = scalarImport(scalar.kind());
            if (qualified != null) {
                imports.add(qualified);
            }
        } else if (type instanceof TypeRef.Named named) {
            imports.add(modelPackage + "." + names.typeName(named.definition()));
        } else if (type instanceof TypeRef.ListOf list) {
            imports.add("java.util.List");
            collectImports(list.items(), modelPackage, imports);
        } else if (type instanceof TypeRef.MapOf map) {
            imports.add("java.util.Map");
            collectImports(map.values(), modelPackage, imports);
        } else {
            imports.add("com.fasterxml.jackson.databind.JsonNode");
        }
    }

    /** True when the type is, or holds, a type the spec marks deprecated. */
    static boolean refersToDeprecated(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            return named.definition().deprecated();
        }
        if (type instanceof TypeRef.ListOf list) {
            return refersToDeprecated(list.items());
        }
        if (type instanceof TypeRef.MapOf map) {
            return refersToDeprecated(map.values());
        }
        return false;
    }

    static String scalarType(ScalarKind kind) {
        return switch (kind) {
            case STRING -> "String";
            case INT32 -> "Integer";
            case INT64 -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case DECIMAL -> "BigDecimal";
            case BOOLEAN -> "Boolean";
            case DATE -> "LocalDate";
            case DATE_TIME -> "OffsetDateTime";
            case UUID -> "UUID";
            case BYTES, BINARY -> "byte[]";
        };
    }

    private static String scalarImport(ScalarKind kind) {
        return switch (kind) {
            case DECIMAL -> "java.math.BigDecimal";
            case DATE -> "java.time.LocalDate";
            case DATE_TIME -> "java.time.OffsetDateTime";
            case UUID -> "java.util.UUID";
            default -> null;
        };
    }
}
