package dev.oasis.generator.build;

import dev.oasis.generator.model.ScalarKind;
import dev.oasis.generator.model.TypeRef;
import dev.oasis.generator.refine.JavaIdentifiers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The team's own types: {@code schemaMappings} (a schema name to an existing class, used wherever
 * the schema is and not generated) and {@code typeMappings} (a scalar type, optionally with a
 * format, to a Java type). A mapping target is either a Java type the client runtime has a codec
 * for ({@code String}, {@code Integer}/{@code int}, {@code Long}/{@code long}, {@code Float}/{@code float},
 * {@code Double}/{@code double}, {@code java.math.BigDecimal}, {@code Boolean}/{@code boolean},
 * {@code java.time.LocalDate}, {@code java.time.OffsetDateTime}, {@code java.time.Instant},
 * {@code java.util.UUID}, {@code byte[]}), or a class read and written through Jackson databind
 * with a plain {@code ObjectMapper}: {@code java.math.BigInteger}, {@code java.net.URI}, or any class
 * outside {@code java.*}. Primitive names stand for their wrapper, since a property can be absent.
 */
public final class TypeMappings {

    /** No mappings. */
    public static final TypeMappings NONE = new TypeMappings(Map.of(), Map.of());

    private static final List<String> SCALAR_TYPES = List.of("string", "integer", "number", "boolean");

    /** Java types with a runtime codec, by every name they may be given. */
    private static final Map<String, ScalarKind> BUILT_IN = builtIn();

    /** JDK classes that Jackson databind reads and writes without a module, and the JSON type of their values. */
    private static final Map<String, String> DATABIND_JDK = Map.of("java.math.BigInteger", "integer", "java.net.URI", "string");

    private final Map<String, String> schemaMappings;
    private final Map<String, String> typeMappings;

    private TypeMappings(Map<String, String> schemaMappings, Map<String, String> typeMappings) {
        this.schemaMappings = Collections.unmodifiableMap(new TreeMap<>(schemaMappings));
        this.typeMappings = Collections.unmodifiableMap(new TreeMap<>(typeMappings));
    }

    /**
     * Checks and keeps the mappings.
     *
     * @param schemaMappings schema name to class name
     * @param typeMappings {@code type} or {@code type+format} to Java type
     * @throws IllegalArgumentException naming the first mapping that cannot work, and why
     */
    public static TypeMappings of(Map<String, String> schemaMappings, Map<String, String> typeMappings) {
        Map<String, String> schemas = new LinkedHashMap<>();
        schemaMappings.forEach((schema, target) -> {
            if (schema.isBlank()) {
                throw new IllegalArgumentException("schemaMappings: '=" + target + "' names no schema");
            }
            schemas.put(schema.trim(), checkedTarget("schemaMappings", schema, target, null));
        });
        Map<String, String> types = new LinkedHashMap<>();
        typeMappings.forEach((key, target) -> {
            String normalized = key.trim().toLowerCase(Locale.ROOT);
            String type = normalized.contains("+") ? normalized.substring(0, normalized.indexOf('+')) : normalized;
            if (!SCALAR_TYPES.contains(type)) {
                throw new IllegalArgumentException("typeMappings: '" + key + "' is not a scalar type; use string, integer,"
                        + " number or boolean, optionally with +format (map object schemas with schemaMappings)");
            }
            if (normalized.equals("string+binary")) {
                throw new IllegalArgumentException("typeMappings: 'string+binary' cannot be mapped; it is the raw bytes of a body");
            }
            types.put(normalized, checkedTarget("typeMappings", key, target, type));
        });
        return new TypeMappings(schemas, types);
    }

    /** The schema mappings, by schema name, in name order. */
    public Map<String, String> schemaMappings() {
        return schemaMappings;
    }

    /** The type mappings, by {@code type} or {@code type+format}, in key order. */
    public Map<String, String> typeMappings() {
        return typeMappings;
    }

    /** The classes of the team's own the mappings name (those outside {@code java.*}), which must exist. */
    public Set<String> externalClasses() {
        Set<String> classes = new TreeSet<>();
        schemaMappings.values().forEach(target -> addIfExternal(target, classes));
        typeMappings.values().forEach(target -> addIfExternal(target, classes));
        return classes;
    }

    /** The mapped type of a schema, by its name under {@code components/schemas}, if it is mapped. */
    Optional<TypeRef> forSchema(String name, String schemaType) {
        return Optional.ofNullable(schemaMappings.get(name)).map(target -> typeOf(target, schemaType));
    }

    /**
     * The mapped type of a scalar schema: a {@code type+format} mapping for exactly that pair, else a
     * {@code type} mapping when the format does not change the type (an {@code email} string, an
     * {@code int64} integer).
     */
    Optional<TypeRef> forScalar(String type, String format) {
        String exact = typeMappings.get(type + "+" + format.toLowerCase(Locale.ROOT));
        if (exact != null) {
            return Optional.of(typeOf(exact, type));
        }
        String general = typeMappings.get(type);
        boolean formatKeepsType = FormatRule.scalarKind(type, format).equals(FormatRule.scalarKind(type, ""));
        return general != null && formatKeepsType ? Optional.of(typeOf(general, type)) : Optional.empty();
    }

    private static TypeRef typeOf(String target, String schemaType) {
        ScalarKind kind = BUILT_IN.get(target);
        return kind != null ? new TypeRef.Scalar(kind) : new TypeRef.External(target, schemaType);
    }

    private static void addIfExternal(String target, Set<String> classes) {
        if (!BUILT_IN.containsKey(target) && !DATABIND_JDK.containsKey(target)) {
            classes.add(target);
        }
    }

    /**
     * The target as the mappings keep it, after checking that it names a Java type that can stand
     * for values of {@code scalarType} (null for a schema mapping, which any class may stand for).
     */
    private static String checkedTarget(String parameter, String key, String target, String scalarType) {
        String name = target == null ? "" : target.trim();
        String prefix = parameter + ": '" + key + "=" + name + "': ";
        if (!BUILT_IN.containsKey(name) && !(JavaIdentifiers.isQualifiedName(name) && name.contains("."))) {
            throw new IllegalArgumentException(prefix + "'" + name + "' is not a fully qualified Java class name");
        }
        String jsonType = jsonTypeOf(name);
        if (jsonType == null && (name.startsWith("java.") || name.startsWith("javax."))) {
            throw new IllegalArgumentException(prefix + name + " has no codec in the client and Jackson databind cannot read it"
                    + " without a module; use one of " + supportedNames() + ", or a class of your own that Jackson reads");
        }
        if (jsonType != null && scalarType != null && !fits(jsonType, scalarType)) {
            throw new IllegalArgumentException(prefix + name + " is written as a JSON " + jsonType + ", but '" + key
                    + "' values are JSON " + (scalarType.equals("integer") ? "number" : scalarType) + "s");
        }
        return BUILT_IN.containsKey(name) ? canonicalName(name) : name;
    }

    /** The JSON type of a JDK target's values, or null for a class of the team's own. */
    private static String jsonTypeOf(String name) {
        ScalarKind kind = BUILT_IN.get(name);
        if (kind == null) {
            return DATABIND_JDK.get(name);
        }
        return switch (kind) {
            case INT32, INT64 -> "integer";
            case FLOAT, DOUBLE, DECIMAL -> "number";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
    }

    private static boolean fits(String jsonType, String scalarType) {
        boolean numeric = jsonType.equals("integer") || jsonType.equals("number");
        boolean numericScalar = scalarType.equals("integer") || scalarType.equals("number");
        return numeric ? numericScalar : jsonType.equals(scalarType);
    }

    /** One name per built-in kind, so that {@code int} and {@code Integer} are the same mapping. */
    private static String canonicalName(String name) {
        ScalarKind kind = BUILT_IN.get(name);
        return BUILT_IN.entrySet().stream().filter(entry -> entry.getValue() == kind).map(Map.Entry::getKey)
                .filter(candidate -> candidate.contains(".") || candidate.equals("byte[]")).findFirst().orElse(name);
    }

    private static String supportedNames() {
        Set<String> names = new TreeSet<>();
        BUILT_IN.keySet().stream().filter(name -> name.contains(".") || name.equals("byte[]")).forEach(names::add);
        names.addAll(DATABIND_JDK.keySet());
        return String.join(", ", names);
    }

    private static Map<String, ScalarKind> builtIn() {
        Map<String, ScalarKind> kinds = new LinkedHashMap<>();
        put(kinds, ScalarKind.STRING, "java.lang.String", "String");
        put(kinds, ScalarKind.INT32, "java.lang.Integer", "Integer", "int");
        put(kinds, ScalarKind.INT64, "java.lang.Long", "Long", "long");
        put(kinds, ScalarKind.FLOAT, "java.lang.Float", "Float", "float");
        put(kinds, ScalarKind.DOUBLE, "java.lang.Double", "Double", "double");
        put(kinds, ScalarKind.DECIMAL, "java.math.BigDecimal");
        put(kinds, ScalarKind.BOOLEAN, "java.lang.Boolean", "Boolean", "boolean");
        put(kinds, ScalarKind.DATE, "java.time.LocalDate");
        put(kinds, ScalarKind.DATE_TIME, "java.time.OffsetDateTime");
        put(kinds, ScalarKind.INSTANT, "java.time.Instant");
        put(kinds, ScalarKind.UUID, "java.util.UUID");
        put(kinds, ScalarKind.BYTES, "byte[]");
        return Collections.unmodifiableMap(kinds);
    }

    private static void put(Map<String, ScalarKind> kinds, ScalarKind kind, String... names) {
        for (String name : names) {
            kinds.put(name, kind);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeMappings that && schemaMappings.equals(that.schemaMappings)
                && typeMappings.equals(that.typeMappings);
    }

    @Override
    public int hashCode() {
        return schemaMappings.hashCode() * 31 + typeMappings.hashCode();
    }

    @Override
    public String toString() {
        return "schemaMappings=" + schemaMappings + ", typeMappings=" + typeMappings;
    }
}
