package dev.oasis.generator.render;

import dev.oasis.generator.model.Constraints;
import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.javasource.TypeMarkers;
import dev.oasis.generator.refine.JavaNames;
import dev.oasis.generator.render.model.ProjectVars;

/**
 * Spells a {@link TypeRef} as Java: its type and the codec expression that reads and writes it,
 * every type written as a {@link TypeMarkers type marker} so that imports are derived afterwards.
 */
final class JavaTypes {

    private final JavaNames names;
    private final String modelPackage;
    private final String codecs;
    private final String checks;
    private final String jsonNullable;

    JavaTypes(JavaNames names, ProjectVars project) {
        this.names = names;
        this.modelPackage = project.modelPackage();
        this.codecs = TypeMarkers.of(project.jsonPackage(), "Codecs");
        this.checks = TypeMarkers.of(project.jsonPackage(), "Checks");
        this.jsonNullable = TypeMarkers.of(project.jsonPackage(), "JsonNullable");
    }

    /** The Java type, such as {@code List<IncidentTodoAssignee>}. */
    String javaType(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalarType(scalar.kind());
        }
        if (type instanceof TypeRef.Named named) {
            return TypeMarkers.of(modelPackage, names.typeName(named.definition()));
        }
        if (type instanceof TypeRef.ListOf list) {
            return TypeMarkers.of("java.util", "List") + "<" + javaType(list.items()) + ">";
        }
        if (type instanceof TypeRef.MapOf map) {
            return TypeMarkers.of("java.util", "Map") + "<String, " + javaType(map.values()) + ">";
        }
        if (type instanceof TypeRef.External external) {
            return classMarker(external.className());
        }
        return TypeMarkers.of("com.fasterxml.jackson.databind", "JsonNode");
    }

    /** The codec expression, such as {@code Codecs.listOf(IncidentTodoAssignee.CODEC)}. */
    String codec(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return codecs + "." + scalar.kind().name();
        }
        if (type instanceof TypeRef.Named named) {
            return javaType(type) + ".CODEC";
        }
        if (type instanceof TypeRef.ListOf list) {
            return codecs + ".listOf(" + codec(list.items()) + ")";
        }
        if (type instanceof TypeRef.MapOf map) {
            return codecs + ".mapOf(" + codec(map.values()) + ")";
        }
        if (type instanceof TypeRef.External external) {
            return codecs + ".databind(" + classMarker(external.className()) + ".class)";
        }
        return codecs + ".ANY";
    }

    /**
     * The codec expression that also checks the value constraints of the type and of the types inside
     * it (pattern, length, range, number of items), such as
     * {@code Checks.text(Codecs.STRING).pattern("^a", "^a")}; to be held in a constant, so that it is built once.
     */
    String checkedCodec(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar && !scalar.constraints().isEmpty()) {
            Constraints constraints = scalar.constraints();
            String base = codec(type);
            if (constraints.constrainsText()) {
                StringBuilder text = new StringBuilder(checks).append(".text(").append(base).append(")");
                constraints.pattern().ifPresent(pattern -> pattern.java().ifPresent(java -> text.append(".pattern(")
                        .append(JavaText.literal(pattern.regex())).append(", ").append(JavaText.literal(java)).append(")")));
                if (constraints.minLength().isPresent() || constraints.maxLength().isPresent()) {
                    text.append(".length(").append(limit(constraints.minLength(), 0)).append(", ")
                            .append(limit(constraints.maxLength(), Integer.MAX_VALUE)).append(")");
                }
                return text.toString();
            }
            if (constraints.constrainsNumbers()) {
                StringBuilder range = new StringBuilder(checks).append(".range(").append(base).append(")");
                constraints.minimum().ifPresent(bound -> range.append(".minimum(").append(bound(bound)).append(")"));
                constraints.maximum().ifPresent(bound -> range.append(".maximum(").append(bound(bound)).append(")"));
                return range.toString();
            }
            return base;
        }
        if (type instanceof TypeRef.ListOf list) {
            String base = codecs + ".listOf(" + checkedCodec(list.items()) + ")";
            Constraints counts = list.constraints();
            return counts.constrainsItems() ? checks + ".size(" + base + ", " + limit(counts.minItems(), 0) + ", "
                    + limit(counts.maxItems(), Integer.MAX_VALUE) + ")" : base;
        }
        if (type instanceof TypeRef.MapOf map) {
            return codecs + ".mapOf(" + checkedCodec(map.values()) + ")";
        }
        return codec(type);
    }

    private static String bound(Constraints.Bound bound) {
        return JavaText.literal(bound.value().toPlainString()) + ", " + bound.exclusive();
    }

    /** A count as a Java int literal, the largest int for a larger one; {@code absent} when there is none. */
    private static String limit(java.util.OptionalLong count, int absent) {
        long value = count.orElse(absent);
        return value >= Integer.MAX_VALUE ? "Integer.MAX_VALUE" : String.valueOf(value);
    }

    /** The type of a nullable value that tells absent from null: {@code JsonNullable} of its Java type. */
    String nullable(TypeRef type) {
        return jsonNullable + "<" + javaType(type) + ">";
    }

    /** The codec class of the runtime, as a type marker. */
    String codecs() {
        return codecs;
    }

    /**
     * The marker of a class named by its qualified name, the package being the segments before the
     * first that starts with an upper-case letter, as Java's naming conventions have it.
     */
    static String classMarker(String className) {
        String[] segments = className.split("\\.");
        int first = 0;
        while (first < segments.length - 1 && !Character.isUpperCase(segments[first].charAt(0))) {
            first++;
        }
        String packageName = String.join(".", java.util.Arrays.copyOfRange(segments, 0, first));
        return TypeMarkers.of(packageName, java.util.Arrays.copyOfRange(segments, first, segments.length));
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
            case DECIMAL -> TypeMarkers.of("java.math", "BigDecimal");
            case BOOLEAN -> "Boolean";
            case DATE -> TypeMarkers.of("java.time", "LocalDate");
            case DATE_TIME -> TypeMarkers.of("java.time", "OffsetDateTime");
            case INSTANT -> TypeMarkers.of("java.time", "Instant");
            case UUID -> TypeMarkers.of("java.util", "UUID");
            case BYTES, BINARY -> "byte[]";
        };
    }
}
